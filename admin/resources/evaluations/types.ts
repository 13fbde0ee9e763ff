import type { DocStatus } from '../../../shared/domain/enums';
import type {
  FundManagementItem,
  Grade,
  IndicatorResult,
  QualitativeLevel,
  ReportedFigures,
  SheetKind,
  SheetResult,
} from '../../../shared/scoring';
import type { HistoryEvent } from '../../target-docs/types';

/** One indicator of a self-evaluation as the API sends it. */
export interface EvaluationIndicatorRow {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值 */
  target: string;
  /** 实际完成值 */
  actual: string;
  /** 分值 */
  weight: string;
  /** The evaluator's 得分; null = the rule score. */
  score: string | null;
  /** 定性 only: 达成程度. */
  level: QualitativeLevel | null;
  applicable: boolean;
  /** 偏差原因分析及改进措施 */
  reason: string;
  /** 指标值确定依据 */
  basis: string;
  /** The server's result row at the last save (GET one only). */
  computed?: IndicatorResult | null;
}

export interface EvaluationBudget {
  /** 年初预算数 */
  initial: string;
  /** 全年预算数 */
  adjusted: string;
  /** 全年执行数 */
  executed: string;
  /** 分值 of 预算执行率 */
  weight: string;
}

export interface ReviewItem {
  section: 'indicators' | 'fundManagement';
  index: number;
  score: string;
  reason: string;
}

/** 复核: the 财政局's re-scoring. */
export interface EvaluationReview {
  items: ReviewItem[];
  comment: string;
  userName: string;
  at: string;
  result: SheetResult;
}

export interface EvaluationRecord {
  id: number;
  kind: SheetKind;
  targetId: number | null;
  unitTargetId: number | null;
  orgId: number;
  orgName: string;
  year: number;
  /** 项目名称 or 部门（单位）名称 */
  title: string;
  template: string;
  status: DocStatus;
  budget: EvaluationBudget;
  fundManagement: FundManagementItem[];
  /** 年度总体目标（预期目标） */
  goals: string[];
  /** 实际完成情况 */
  summary: string;
  /** Figures as published (demo tables), checked against the computation. */
  reported: ReportedFigures | null;
  /** The server's computed sheet (the authority). */
  result: SheetResult;
  executionRate: string | null;
  executionScore: string;
  total: string;
  grade: Grade;
  review: EvaluationReview | null;
  reviewTotal: string | null;
  reviewGrade: Grade | null;
  /** The grade that counts: the 复核 grade when there is one. */
  finalGrade: Grade;
  /** Drawn for 复核 by a 抽评. */
  sampled: boolean;
  version: number;
  updatedAt?: string;
  indicators?: EvaluationIndicatorRow[];
  history?: HistoryEvent[];
  actions?: string[];
}

/** A row of the form: every cell a string as typed. */
export interface FormRow {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  /** '' = by the rules */
  score: string;
  level: '' | QualitativeLevel;
  applicable: boolean;
  reason: string;
  basis: string;
}

export interface FormFund {
  item: string;
  weight: string;
  score: string;
  note: string;
  problems: string;
}

export interface EvaluationValues {
  template: string;
  budget: EvaluationBudget;
  fundManagement: FormFund[];
  indicators: FormRow[];
  summary: string;
  version?: number;
}
