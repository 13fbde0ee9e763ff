import type { DocStatus, ProjectType } from '../../shared/domain/enums';
import type { ParsedValue, Severity } from '../../shared/scoring';

/** The two target documents: 项目绩效目标表 and 部门（单位）整体绩效目标表. */
export type TargetResource = 'targets' | 'unit-targets';

/** Every document that goes through the review workflow (submit / approve / return). */
export type ReviewableResource = TargetResource | 'monitoring' | 'evaluations';

/** One row of the indicator table as the API sends and takes it. */
export interface IndicatorRow {
  level1: string;
  level2: string;
  /** 三级指标 */
  name: string;
  /** 指标值 */
  target: string;
  /** 指标值确定依据 */
  basis: string;
  /** 绩效指标描述 / 指标解释 / 指标值说明 */
  description: string;
  /** 计算方法 */
  method: string;
  /** 分值 (optional at declaration) */
  weight: string | null;
  /** The server's reading of 指标值, on saved rows only. */
  parsed?: ParsedValue;
}

export interface DocFinding {
  code: string;
  severity: Severity;
  /** `indicators[3].target`, `indicators`, `spendPlan.q4`, `amounts.total` … */
  path: string;
  message: string;
}

export type ReviewActionName = 'submit' | 'approve' | 'return';
export type DocAction = 'edit' | ReviewActionName | 'adjust';

/** What the review panel needs of a document (targets, monitoring reports, self-evaluations). */
export interface ReviewableRecord {
  id: number;
  status: DocStatus;
  /** Target tables only. */
  revision?: number;
  version: number;
  history?: HistoryEvent[];
  /** The server's list; may hold actions the panel does not handle (`recheck`). */
  actions?: string[];
}

export interface HistoryEvent {
  id: number;
  action: 'create' | 'submit' | 'approve' | 'return' | 'adjust' | 'import';
  fromStatus: DocStatus | null;
  toStatus: DocStatus;
  userName: string;
  userRole: string;
  comment: string;
  at: string;
}

export interface ProjectRecord {
  id: number;
  year: number;
  code: string;
  name: string;
  orgId: number;
  orgName?: string;
  departmentName?: string | null;
  implementer: string;
  type: ProjectType;
  amountTotal: string;
  amountFiscal: string;
  amountSpecial: string;
  amountOther: string;
  purpose: string;
  spendPlan: { q1: string; q2: string; q3: string; q4: string };
  version: number;
}

/** What both documents share. */
export interface TargetDocBase {
  id: number;
  year: number;
  orgId: number;
  orgName: string;
  revision: number;
  status: DocStatus;
  current: boolean;
  goals: string[];
  findings: DocFinding[];
  version: number;
  updatedAt?: string;
  /** GET one only. */
  indicators?: IndicatorRow[];
  history?: HistoryEvent[];
  actions?: DocAction[];
}

export interface TargetRecord extends TargetDocBase {
  projectId: number;
  project: ProjectRecord;
}

export interface UnitTask {
  name: string;
  content: string;
  amount: string;
  amountFiscal: string;
}

export interface UnitBudget {
  total: string;
  fiscal: string;
  special: string;
  other: string;
  basic: string;
  project: string;
}

export interface UnitTargetRecord extends TargetDocBase {
  tasks: UnitTask[];
  budget: UnitBudget;
}

export type AnyTargetRecord = TargetRecord | UnitTargetRecord;

export interface DiffValues {
  target: string;
  basis: string;
  weight: string | null;
}

export interface TargetDiff {
  from: { id: number; revision: number } | null;
  to: { id: number; revision: number };
  goals: { added: string[]; removed: string[] };
  indicators: {
    change: 'added' | 'removed' | 'changed';
    level1: string;
    level2: string;
    name: string;
    before?: DiffValues;
    after?: DiffValues;
  }[];
}

export const emptyRow = (level1 = '', level2 = ''): IndicatorRow => ({
  level1,
  level2,
  name: '',
  target: '',
  basis: '',
  description: '',
  method: '',
  weight: null,
});
