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
import type { Light, Likelihood, MonitoringLights, ReasonKey } from '../../../../shared/monitoring';
import type { Finding } from '../../../../shared/scoring';
import { DecimalColumn } from '../../../database/decimal';
import { IndicatorRowColumns } from '../../../database/indicator-row';

/** 绩效运行监控表: a project's (or a unit's) progress at a cut-off month, against approved targets. */
@Entity('monitoring_reports')
@Index(['orgId', 'year'])
// The dashboard's status counts and lights of the latest report per target.
@Index(['orgId', 'year', 'kind', 'status', 'overallLight', 'targetId', 'month'])
@Index(['targetId', 'month', 'status'])
export class MonitoringReport {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'project' | 'department';

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

  /** 项目名称 or 单位名称 */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** 监控时点: end of this month (1–12) */
  @Column({ type: 'int' })
  month!: number;

  @Index()
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: DocStatus;

  /** 全年预算数 (万元), from the approved project or unit budget */
  @DecimalColumn()
  budget!: string;

  /** 截至监控时点执行数 */
  @DecimalColumn()
  executed!: string;

  /** 全年预计执行数 */
  @DecimalColumn({ nullable: true })
  expectedExecuted!: string | null;

  /** 资金支出计划 copied from the project when the report is created; null for a 部门整体 report */
  @Column({ type: 'json', nullable: true })
  spendPlan!: { q1: string; q2: string; q3: string; q4: string } | null;

  /** Computed by the server on every save. */
  @Column({ type: 'json' })
  lights!: MonitoringLights;

  @Index()
  @Column({ type: 'varchar', length: 8, default: 'none' })
  overallLight!: Light;

  @Column({ type: 'json' })
  findings!: Finding[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}

export type Reasons = Record<ReasonKey, string>;

@Entity('monitoring_indicators')
@Index(['reportId', 'ordinal'])
export class MonitoringIndicator extends IndicatorRowColumns {
  @Column({ type: 'int' })
  reportId!: number;

  /** 截至监控时点完成值 */
  @Column({ type: 'varchar', length: 200 })
  progress!: string;

  /** 全年预计完成值 */
  @Column({ type: 'varchar', length: 200 })
  expected!: string;

  @Column({ type: 'varchar', length: 16 })
  likelihood!: Likelihood | '';

  /** 偏差原因: 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他 — text per cause, '' = not a cause */
  @Column({ type: 'json' })
  reasons!: Reasons;

  /** 纠偏措施 */
  @Column({ type: 'text' })
  measures!: string;

  @Column({ type: 'varchar', length: 8 })
  light!: Light;
}
