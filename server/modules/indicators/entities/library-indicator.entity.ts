import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DecimalColumn } from '../../../database/decimal';

export type IndicatorDirection = 'positive' | 'negative' | 'qualitative';

/** 指标库: a reusable indicator a clerk can pick while filling a table. */
@Entity('indicator_library')
@Index(['level1', 'level2'])
export class LibraryIndicator {
  @PrimaryGeneratedColumn()
  id!: number;

  /** 'project' or 'department' (整体) tables, or 'any'. */
  @Column({ type: 'varchar', length: 16, default: 'any' })
  scope!: 'project' | 'department' | 'any';

  @Column({ type: 'varchar', length: 50 })
  level1!: string;

  @Column({ type: 'varchar', length: 50 })
  level2!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  unit!: string;

  @Column({ type: 'varchar', length: 16 })
  direction!: IndicatorDirection;

  /** A typical 指标值, e.g. `≥90%`. */
  @Column({ type: 'varchar', length: 200, default: '' })
  suggestedTarget!: string;

  /** 指标解释 */
  @Column({ type: 'text' })
  explanation!: string;

  /** 计算方法 */
  @Column({ type: 'text' })
  method!: string;

  /** Suggested 分值 */
  @DecimalColumn({ precision: 9, scale: 4, nullable: true })
  weight!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
