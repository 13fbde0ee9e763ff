import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Decision, ResultRules, Treatment } from '../../../../shared/domain/results';
import type { Grade } from '../../../../shared/scoring';
import { DecimalColumn } from '../../../database/decimal';

/**
 * 结果应用: one row per approved project self-evaluation of a year, for the budget of the next
 * year — the treatment the region's rule suggests from the final grade, and the finance bureau's
 * decision with its comment.
 */
@Entity('result_applications')
@Index(['orgId', 'year'])
export class ResultApplication {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'int' })
  evaluationId!: number;

  /** The budget unit of the evaluated project. */
  @Column({ type: 'int' })
  orgId!: number;

  /** The region whose rule made the suggestion. */
  @Column({ type: 'int' })
  regionId!: number;

  /** The evaluated year; the treatment applies to the budget of `budgetYear` (= year + 1). */
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  budgetYear!: number;

  @Column({ type: 'int', nullable: true })
  projectId!: number | null;

  /** 项目名称 as the evaluation shows it */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The total that counts (复核 total where there is one) and the final grade, at generation. */
  @DecimalColumn({ precision: 9, scale: 2, fixed: true })
  total!: string;

  @Column({ type: 'varchar', length: 2 })
  grade!: Grade;

  /** 全年预算数 / 全年执行数 of the evaluation (万元) */
  @DecimalColumn()
  budgetAdjusted!: string;

  @DecimalColumn()
  budgetExecuted!: string;

  @Column({ type: 'varchar', length: 16 })
  suggestion!: Treatment;

  /** The rule (grade → treatment) in force when the row was generated. */
  @Column({ type: 'json' })
  rule!: ResultRules;

  /** The finance bureau's decision; null until decided. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  decision!: Decision | null;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ type: 'int', nullable: true })
  decidedBy!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedByName!: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}

/** A region's 结果应用 rule: grade → suggested treatment. Absent = the default rule. */
@Entity('result_rules')
export class ResultRule {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The region (财政) the rule belongs to. */
  @Index({ unique: true })
  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'json' })
  rules!: ResultRules;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
