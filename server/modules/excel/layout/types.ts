/**
 * The documents as the Excel layouts see them: plain data, filled by the export service from the
 * stored documents and produced by the readers from an uploaded workbook.
 */

export interface BudgetSource {
  label: string;
  initial: string;
  adjusted: string;
  executed: string;
  rate: string;
}

export interface EvaluationSheetDoc {
  kind: 'project' | 'department';
  year: number;
  /** 项目编码, or the unit's 单位编码 for a 部门整体自评表. */
  code: string;
  /** 项目名称 / 部门（单位）名称 */
  title: string;
  /** 主管部门 and 实施单位 (project only). */
  department: string;
  implementer: string;
  budget: { initial: string; adjusted: string; executed: string; weight: string };
  executionRate: string | null;
  executionScore: string;
  sources: BudgetSource[];
  fundManagement: { item: string; note: string; weight: string; score: string; problems: string }[];
  goals: string[];
  summary: string;
  /** 年度主要任务 (department only) */
  tasks: { name: string; content: string; actual: string }[];
  indicators: {
    level1: string;
    level2: string;
    name: string;
    target: string;
    actual: string;
    weight: string;
    /** The unit's 得分 as stored, or the computed one when left to the rules. */
    score: string | null;
    applicable: boolean;
    /** 偏差度 (%) */
    deviation: string | null;
    reason: string;
  }[];
  totalWeight: string;
  total: string;
  grade: string;
}

export interface TargetIndicatorRow {
  level1: string;
  level2: string;
  name: string;
  description: string;
  target: string;
  basis: string;
  method: string;
  weight: string | null;
}

export interface ProjectTargetDoc {
  year: number;
  code: string;
  name: string;
  unitName: string;
  department: string;
  implementer: string;
  typeLabel: string;
  amounts: { total: string; fiscal: string; special: string; other: string };
  purpose: string;
  spendPlan: { q1: string; q2: string; q3: string; q4: string };
  goals: string[];
  indicators: TargetIndicatorRow[];
  statusLabel: string;
}

export interface UnitTargetDoc {
  year: number;
  code: string;
  name: string;
  goals: string[];
  tasks: { name: string; content: string; amount: string; amountFiscal: string }[];
  budget: {
    total: string;
    fiscal: string;
    special: string;
    other: string;
    basic: string;
    project: string;
  };
  indicators: TargetIndicatorRow[];
  statusLabel: string;
}

export interface MonitoringDoc {
  /** A project's report (项目编码) or a unit's as a whole (单位编码). */
  kind: 'project' | 'department';
  year: number;
  month: number;
  code: string;
  title: string;
  department: string;
  implementer: string;
  budget: string;
  executed: string;
  expectedExecuted: string | null;
  executionRate: string | null;
  executionLight: string;
  overallLight: string;
  indicators: {
    level1: string;
    level2: string;
    name: string;
    target: string;
    progress: string;
    expected: string;
    reasons: string;
    likelihood: string;
    measures: string;
    light: string;
  }[];
  statusLabel: string;
}

/** One problem in an uploaded workbook, located for the clerk who must fix it. */
export interface ImportProblem {
  sheet: string;
  /** 1-based row, null for the whole sheet or file. */
  row: number | null;
  /** Column letter, null for the whole row. */
  column: string | null;
  message: string;
}
