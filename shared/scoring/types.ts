import type { FindingCode } from './findings';

/**
 * Types of the scoring contract (shared/docs/SCORING.md): the evaluation sheet (自评表) as JSON,
 * the parsed 指标值, scoring templates and the computed result. Every number is a decimal string.
 */

export const SHEET_KINDS = ['project', 'department'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** 定性指标 levels of 财预〔2020〕10号 (three bands). */
export const QUALITATIVE_LEVELS = ['达成', '部分达成', '未达成'] as const;
export type QualitativeLevel = (typeof QUALITATIVE_LEVELS)[number];

export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

export type Severity = 'error' | 'warning' | 'info';

// ---------------------------------------------------------------------------------------------
// Parsed values (指标值 / 实际完成值)
// ---------------------------------------------------------------------------------------------

export type Comparator = '>=' | '<=' | '=' | '>' | '<' | 'range' | 'none';
export type Direction = 'positive' | 'negative';

export interface QuantitativeValue {
  readonly kind: 'quantitative';
  readonly comparator: Comparator;
  /** The number (lower bound of a range), canonical decimal string. */
  readonly value: string;
  /** Upper bound of a range. */
  readonly upper?: string;
  /** Normalised unit ('%', '万元', '人次', '万元/人', '' …). */
  readonly unit: string;
  /** 正向 (more is better) or 反向 (less is better) as written; 成本 rows are made 反向 by the engine. */
  readonly direction: Direction;
  readonly raw: string;
}

export type QualitativeSubtype = 'judgement' | 'deadline' | 'frequency';

export interface QualitativeValue {
  readonly kind: 'qualitative';
  readonly subtype: QualitativeSubtype;
  /** The text with full-width forms and PDF spaces normalised. */
  readonly text: string;
  readonly raw: string;
}

export interface UnparsedValue {
  readonly kind: 'unparsed';
  readonly raw: string;
  /** Why the parser gave up, in Chinese (shown to users). */
  readonly reason: string;
}

export type ParsedValue = QuantitativeValue | QualitativeValue | UnparsedValue;

// ---------------------------------------------------------------------------------------------
// The sheet (SCORING.md "The sheet (自评表) as JSON")
// ---------------------------------------------------------------------------------------------

export interface SheetBudget {
  /** 年初预算数 */
  initial: string;
  /** 全年预算数 (adjusted budget) */
  adjusted: string;
  /** 全年执行数 */
  executed: string;
  /** 分值 of 预算执行率 */
  weight: string;
}

export interface FundManagementItem {
  /** 安排科学性 / 拨付合规性 / 使用规范性 / 预算绩效管理情况 */
  item: string;
  weight: string;
  score: string;
  /** 情况说明 */
  note?: string;
  /** 存在问题和改进措施 */
  problems?: string;
}

export interface SheetIndicator {
  level1: string;
  level2: string;
  /** 三级指标 */
  name: string;
  /** 年度指标值 */
  target: string;
  /** 实际完成值 */
  actual: string;
  /** 分值 */
  weight: string;
  /** The evaluator's 得分; absent = the rule score. */
  score?: string;
  /** 定性 only: the evaluator's level. */
  level?: QualitativeLevel;
  /** false = 不适用 (excluded; the indicator section is rescaled). */
  applicable?: boolean;
  /** 偏差原因分析及改进措施 */
  reason?: string;
  /** 指标值确定依据 */
  basis?: string;
}

export interface ReportedFigures {
  executionRate?: string;
  executionScore?: string;
  total?: string;
  grade?: Grade;
}

export interface EvaluationSheet {
  kind: SheetKind;
  template?: string;
  budget: SheetBudget;
  fundManagement?: FundManagementItem[];
  indicators: SheetIndicator[];
  reported?: ReportedFigures;
  /** 实际完成情况 of 年度总体目标 (checked against the scores). */
  summary?: string;
}

// ---------------------------------------------------------------------------------------------
// Templates (SCORING.md "Templates")
// ---------------------------------------------------------------------------------------------

export type ReverseRule = 'linear' | 'inverse';
export type ExecutionRounding = 'half-up' | 'truncate' | 'integer';

export interface TemplateExecutionSection {
  id: 'execution';
  name: string;
  weight: string;
}

export interface TemplateFundItem {
  name: string;
  weight: string;
}

export interface TemplateFundSection {
  id: 'fundManagement';
  name: string;
  weight: string;
  items: TemplateFundItem[];
}

/** A category of indicators inside the 绩效指标 section (e.g. 产出 50 of 财预〔2020〕10号). */
export interface TemplateIndicatorGroup {
  name: string;
  /** The group takes indicators whose 一级指标 (or 二级指标) contains one of these words. */
  match: string[];
  weight: string;
  /** true: the sheet must use exactly this weight (error otherwise); false: guidance (info). */
  strict: boolean;
}

export interface TemplateIndicatorSection {
  id: 'indicators';
  name: string;
  weight: string;
  groups?: TemplateIndicatorGroup[];
}

export type TemplateSection =
  TemplateExecutionSection | TemplateFundSection | TemplateIndicatorSection;

export type SectionId = TemplateSection['id'];

export interface GradeBand {
  grade: Grade;
  /** The lowest total of the band (inclusive). */
  min: string;
}

export interface TemplateOptions {
  /** 反向 rule when the actual exceeds the target. */
  reverseRule: ReverseRule;
  /** Cap 执行率得分 at its weight when more than the budget was executed. */
  capExecutionScore: boolean;
  /** How 执行率得分 is rounded: half-up to 2 decimals, truncated to 2 decimals, or whole points. */
  executionRounding: ExecutionRounding;
  /** LOW_EXECUTION when the unspent share exceeds this percentage. */
  lowExecutionShare: string;
  /** HIGH_SCORE_LOW_EXECUTION when the relative gap exceeds this percentage. */
  highScoreLowExecution: string;
  /** TARGET_TOO_LOW when a 正向 actual reaches this multiple of the target. */
  targetTooLowRatio: string;
}

export interface ScoringTemplate {
  id: string;
  name: string;
  kind: SheetKind;
  /** Where the template comes from (a regulation or a seed table). */
  basis?: string;
  sections: TemplateSection[];
  /** Highest band first. */
  grades: GradeBand[];
  options: TemplateOptions;
}

// ---------------------------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------------------------

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Field path in the sheet ('indicators[3].score', 'reported.total', 'budget.executed'). */
  path: string;
  message: string;
}

export type IndicatorRule = 'positive' | 'negative' | 'equal' | 'range' | 'qualitative' | 'none';

export interface IndicatorResult {
  index: number;
  level1: string;
  level2: string;
  name: string;
  applicable: boolean;
  /** A 成本 row (scored 反向 whatever its comparator). */
  cost: boolean;
  rule: IndicatorRule;
  weight: string;
  parsedTarget: ParsedValue;
  parsedActual: ParsedValue;
  met: boolean | null;
  /** The score the rules give; null when they cannot tell. */
  ruleScore: string | null;
  /** The score counted (the evaluator's when given), 2 decimals. */
  score: string;
  overridden: boolean;
  /** 偏差度 in %, 2 decimals; null when it cannot be computed. */
  deviation: string | null;
  level: QualitativeLevel | null;
  explanation: string;
}

export interface GroupResult {
  name: string;
  /** The template's weight for the group. */
  weight: string;
  /** The sum of the sheet's weights of the group's indicators. */
  declaredWeight: string;
  score: string;
}

export interface SectionResult {
  id: SectionId;
  name: string;
  /** The template's weight. */
  weight: string;
  /** The weight the sheet gives the section (sum of its rows). */
  declaredWeight: string;
  score: string;
  explanation: string;
  groups?: GroupResult[];
}

export interface SheetResult {
  kind: SheetKind;
  template: string;
  /** 执行率 in %, 2 decimals; null when the adjusted budget is 0. */
  executionRate: string | null;
  executionScore: string;
  /** null when the template has no 资金管理情况 section. */
  fundManagementScore: string | null;
  indicatorScore: string;
  indicators: IndicatorResult[];
  sections: SectionResult[];
  total: string;
  grade: Grade;
  findings: Finding[];
}
