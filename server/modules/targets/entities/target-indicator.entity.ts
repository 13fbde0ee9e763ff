import { Column, Entity, Index } from 'typeorm';
import type { ParsedValue } from '../../../../shared/scoring';
import { DecimalColumn } from '../../../database/decimal';
import { IndicatorRowColumns } from '../../../database/indicator-row';

export type TargetDocType = 'targets' | 'unit-targets';

/** One indicator row of a target table, in table order. */
@Entity('target_indicators')
@Index(['docType', 'docId', 'ordinal'])
export class TargetIndicator extends IndicatorRowColumns {
  @Column({ type: 'varchar', length: 16 })
  docType!: TargetDocType;

  @Column({ type: 'int' })
  docId!: number;

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
