import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { DocStatus } from '../../../../shared/domain/enums';
import type {
  FundManagementItem,
  Grade,
  QualitativeLevel,
  ReportedFigures,
  SheetKind,
  SheetResult,
} from '../../../../shared/scoring';
import { DecimalColumn } from '../../../database/decimal';
import { IndicatorRowColumns } from '../../../database/indicator-row';

/** 复核: the finance bureau's re-scoring, item by item, each with a reason. */
export interface ReviewItem {
  section: 'indicators' | 'fundManagement';
  index: number;
  score: string;
  reason: string;
}

export interface EvaluationReview {
  items: ReviewItem[];
  comment: string;
  userId: number;
  userName: string;
  at: string;
  /** The sheet scored with the 复核 scores. */
  result: SheetResult;
}

/** 绩效自评: the year-end self-evaluation of a project (项目单位自评表) or of a unit (部门整体自评表). */
@Entity('evaluations')
@Index(['orgId', 'year'])
@Index(['year', 'status'])
// Covers the dashboard's and the rankings' aggregates (GROUP BY over the org subtree).
@Index([
  'orgId',
  'year',
  'kind',
  'status',
  'finalGrade',
  'total',
  'budgetAdjusted',
  'budgetExecuted',
])
export class Evaluation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: SheetKind;

  @Index()
  @Column({ type: 'int', nullable: true })
  targetId!: number | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  unitTargetId!: number | null;

  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  year!: number;

  /** 项目名称 or 部门（单位）名称 as the table shows it */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 64 })
  template!: string;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: DocStatus;

  /** 年初预算数 / 全年预算数 / 全年执行数 (万元) and the 分值 of 预算执行率 */
  @DecimalColumn()
  budgetInitial!: string;

  @DecimalColumn()
  budgetAdjusted!: string;

  @DecimalColumn()
  budgetExecuted!: string;

  @DecimalColumn({ precision: 9, scale: 4 })
  budgetWeight!: string;

  /** 资金管理情况 */
  @Column({ type: 'json' })
  fundManagement!: FundManagementItem[];

  /** 年度总体目标: 预期目标 */
  @Column({ type: 'json' })
  goals!: string[];

  /** 实际完成情况 */
  @Column({ type: 'text' })
  summary!: string;

  /** Figures as published, for tables loaded from a publication (checked, never trusted). */
  @Column({ type: 'json', nullable: true })
  reported!: ReportedFigures | null;

  /** The computed sheet (server authority). */
  @Column({ type: 'json' })
  result!: SheetResult;

  @DecimalColumn({ precision: 9, scale: 2, nullable: true, fixed: true })
  executionRate!: string | null;

  @DecimalColumn({ precision: 9, scale: 2, fixed: true })
  executionScore!: string;

  @DecimalColumn({ precision: 9, scale: 2, fixed: true })
  total!: string;

  @Column({ type: 'varchar', length: 2 })
  grade!: Grade;

  @Column({ type: 'json', nullable: true })
  review!: EvaluationReview | null;

  @DecimalColumn({ precision: 9, scale: 2, nullable: true, fixed: true })
  reviewTotal!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  reviewGrade!: Grade | null;

  /** The grade that counts: the 复核 grade when there is one. */
  @Index()
  @Column({ type: 'varchar', length: 2 })
  finalGrade!: Grade;

  /** Drawn for 复核 by a 抽评 (or picked by hand). */
  @Column({ type: 'boolean', default: false })
  sampled!: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}

@Entity('evaluation_indicators')
@Index(['evaluationId', 'ordinal'])
export class EvaluationIndicator extends IndicatorRowColumns {
  @Column({ type: 'int' })
  evaluationId!: number;

  /** 实际完成值 */
  @Column({ type: 'varchar', length: 200 })
  actual!: string;

  /** 分值 */
  @DecimalColumn({ precision: 9, scale: 4 })
  weight!: string;

  /** The evaluator's 得分; null = the rule score */
  @DecimalColumn({ precision: 9, scale: 4, nullable: true })
  score!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  level!: QualitativeLevel | null;

  @Column({ type: 'boolean', default: true })
  applicable!: boolean;

  /** 偏差原因分析及改进措施 */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  basis!: string;

  /** Computed: the score that counts, 2 decimals */
  @DecimalColumn({ precision: 9, scale: 2, nullable: true, fixed: true })
  finalScore!: string | null;
}

/** 抽评: a reproducible random draw of self-evaluations for 复核. */
@Entity('evaluation_samples')
export class EvaluationSample {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The finance bureau's region */
  @Column({ type: 'int' })
  orgId!: number;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 16 })
  percent!: string;

  @Column({ type: 'varchar', length: 64 })
  seed!: string;

  @Column({ type: 'int' })
  population!: number;

  @Column({ type: 'json' })
  evaluationIds!: number[];

  @Column({ type: 'int' })
  userId!: number;

  @CreateDateColumn()
  at!: Date;
}
