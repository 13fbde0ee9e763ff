import type { DocStatus } from '../../../shared/domain/enums';
import type { Light, Likelihood, MonitoringLights, ReasonKey } from '../../../shared/monitoring';
import type { DocFinding, HistoryEvent } from '../../target-docs/types';

export type Reasons = Record<ReasonKey, string>;

/** One indicator of a 绩效运行监控表 as the API sends it. */
export interface MonitoringRow {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值 (from the approved target) */
  target: string;
  /** 截至监控时点完成值 */
  progress: string;
  /** 全年预计完成值 */
  expected: string;
  likelihood: Likelihood | '';
  /** 偏差原因: text per cause, '' = not a cause */
  reasons: Reasons;
  /** 纠偏措施 */
  measures: string;
  /** The server's light of the row at the last save. */
  light: Light;
}

export interface SpendPlan {
  q1: string;
  q2: string;
  q3: string;
  q4: string;
}

/** `GET /api/monitoring/:id` (the list rows lack `indicators`, `history` and `actions`). */
export interface MonitoringRecord {
  id: number;
  kind: 'project' | 'department';
  targetId: number | null;
  unitTargetId: number | null;
  orgId: number;
  orgName: string;
  year: number;
  month: number;
  /** 项目名称 or 单位名称 */
  title: string;
  status: DocStatus;
  /** 全年预算数 (万元) */
  budget: string;
  /** 截至监控时点执行数 */
  executed: string;
  /** 全年预计执行数 */
  expectedExecuted: string | null;
  spendPlan: SpendPlan | null;
  lights: MonitoringLights;
  overallLight: Light;
  findings: DocFinding[];
  version: number;
  updatedAt?: string;
  indicators?: MonitoringRow[];
  history?: HistoryEvent[];
  actions?: string[];
}

/** The form: what the unit types. */
export interface MonitoringValues {
  executed: string;
  expectedExecuted: string;
  indicators: MonitoringRow[];
  version?: number;
}
