import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ParsedValue } from '../../../../shared/scoring';
import { DecimalColumn } from '../../../database/decimal';

export type TargetDocType = 'targets' | 'unit-targets';

/** One indicator row of a target table, in table order. */
@Entity('target_indicators')
@Index(['docType', 'docId', 'ordinal'])
export class TargetIndicator {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  docType!: TargetDocType;

  @Column({ type: 'int' })
  docId!: number;

  @Column({ type: 'int' })
  ordinal!: number;

  /** 一级指标 */
  @Column({ type: 'varchar', length: 50 })
  level1!: string;

  /** 二级指标 */
  @Column({ type: 'varchar', length: 50 })
  level2!: string;

  /** 三级指标 */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** 指标值 exactly as written */
  @Column({ type: 'varchar', length: 200 })
  target!: string;

  /** 指标值确定依据 */
  @Column({ type: 'text' })
  basis!: string;

  /** 绩效指标描述 / 指标解释 / 指标值说明 */
  @Column({ type: 'text' })
  description!: string;

  /** 指标说明: how the value is computed or scored */
  @Column({ type: 'text' })
  method!: string;

  /** 分值 for the self-evaluation (optional at declaration) */
  @DecimalColumn({ precision: 9, scale: 4, nullable: true })
  weight!: string | null;

  /** The 指标值 as the parser read it. */
  @Column({ type: 'json' })
  parsed!: ParsedValue;
}
