import { isDecimal } from './exact';
import { findTemplate } from './templates';
import {
  GRADES,
  QUALITATIVE_LEVELS,
  SHEET_KINDS,
  type EvaluationSheet,
  type FundManagementItem,
  type Grade,
  type QualitativeLevel,
  type ReportedFigures,
  type ScoringTemplate,
  type SheetIndicator,
  type SheetKind,
} from './types';

/**
 * Structural validation of a sheet for `POST /api/scoring/preview` (400 when it fails): types,
 * required structure, decimal strings, unknown fields, sizes. What the sheet says (blank or
 * unreadable targets, wrong totals) is not checked here — scoring turns that into findings.
 */

export const SHEET_LIMITS = {
  indicators: 500,
  fundManagement: 50,
  /** 一级/二级/三级指标, 资金管理 item names. */
  name: 200,
  /** 年度指标值, 实际完成值. */
  value: 500,
  /** 偏差原因, 情况说明, 指标值确定依据. */
  text: 2000,
  summary: 5000,
  decimal: 30,
} as const;

export type ShapeResult =
  { ok: true; sheet: EvaluationSheet } | { ok: false; errors: Record<string, string> };

const TOP_LEVEL = [
  'kind',
  'template',
  'budget',
  'fundManagement',
  'indicators',
  'reported',
  'summary',
];
const BUDGET_FIELDS = {
  initial: '年初预算数',
  adjusted: '全年预算数',
  executed: '全年执行数',
  weight: '预算执行率分值',
} as const;
const FUND_FIELDS = ['item', 'weight', 'score', 'note', 'problems'];
const INDICATOR_FIELDS = [
  'level1',
  'level2',
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'level',
  'applicable',
  'reason',
  'basis',
];
const REPORTED_FIELDS = {
  executionRate: '填报的预算执行率',
  executionScore: '填报的执行率得分',
  total: '填报的总分',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** null, undefined and '' mean "not given" for optional fields (forms send them). */
function absent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

class Collector {
  readonly errors: Record<string, string> = {};

  add(path: string, message: string): void {
    if (!(path in this.errors)) this.errors[path] = message;
  }

  unknownFields(obj: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.add(prefix ? `${prefix}.${key}` : key, `未知字段“${key}”`);
    }
  }

  decimal(value: unknown, path: string, label: string, nonNegative: boolean): string | undefined {
    if (typeof value !== 'string' || !isDecimal(value)) {
      this.add(path, `${label}必须是数字（字符串形式，如 "3.2"）`);
      return undefined;
    }
    if (value.length > SHEET_LIMITS.decimal) {
      this.add(path, `${label}位数过多（最多 ${SHEET_LIMITS.decimal} 个字符）`);
      return undefined;
    }
    if (nonNegative && value.startsWith('-') && /[1-9]/.test(value)) {
      this.add(path, `${label}不能为负数`);
      return undefined;
    }
    return value;
  }

  /** A 分值: a non-negative decimal with at most two decimals, as the tables show it. */
  weight(value: unknown, path: string, label: string): string | undefined {
    const v = this.decimal(value, path, label, true);
    if (v !== undefined && /\.\d{3,}$/.test(v)) {
      this.add(path, `${label}最多保留两位小数`);
      return undefined;
    }
    return v;
  }

  text(value: unknown, path: string, label: string, max: number): string | undefined {
    if (typeof value !== 'string') {
      this.add(path, `${label}必须是文字`);
      return undefined;
    }
    if (value.length > max) {
      this.add(path, `${label}过长（最多 ${max} 个字）`);
      return undefined;
    }
    return value;
  }
}

export function validateSheetShape(
  input: unknown,
  opts: { templates?: Readonly<Record<string, ScoringTemplate>> } = {},
): ShapeResult {
  const c = new Collector();
  if (!isRecord(input)) {
    return { ok: false, errors: { sheet: '自评表必须是 JSON 对象' } };
  }
  c.unknownFields(input, TOP_LEVEL, '');

  let kind: SheetKind = 'project';
  if (!SHEET_KINDS.includes(input.kind as SheetKind)) {
    c.add('kind', '评价类型必须是 project（项目支出）或 department（部门整体）');
  } else kind = input.kind as SheetKind;

  let template: string | undefined;
  if (!absent(input.template)) {
    if (typeof input.template !== 'string') c.add('template', '评分模板编号必须是文字');
    else {
      const found = findTemplate(input.template, opts.templates);
      if (!found) c.add('template', `评分模板“${input.template.slice(0, 50)}”不存在`);
      else if (SHEET_KINDS.includes(input.kind as SheetKind) && found.kind !== kind) {
        c.add(
          'template',
          `评分模板“${input.template}”用于${found.kind === 'project' ? '项目支出' : '部门整体'}评价，与评价类型不符`,
        );
      } else template = input.template;
    }
  }

  const budget = validateBudget(input.budget, c);
  const fundManagement = validateFund(input.fundManagement, c);
  const indicators = validateIndicators(input.indicators, c);
  const reported = validateReported(input.reported, c);
  let summary: string | undefined;
  if (!absent(input.summary)) {
    summary = c.text(input.summary, 'summary', '实际完成情况', SHEET_LIMITS.summary);
  }

  if (Object.keys(c.errors).length > 0 || !budget || !indicators) {
    return { ok: false, errors: c.errors };
  }
  const sheet: EvaluationSheet = { kind, budget, indicators };
  if (template !== undefined) sheet.template = template;
  if (fundManagement !== undefined) sheet.fundManagement = fundManagement;
  if (reported !== undefined) sheet.reported = reported;
  if (summary !== undefined) sheet.summary = summary;
  return { ok: true, sheet };
}

function validateBudget(value: unknown, c: Collector): EvaluationSheet['budget'] | undefined {
  if (!isRecord(value)) {
    c.add('budget', '项目资金（budget）必须是对象，包含年初预算数、全年预算数、全年执行数和分值');
    return undefined;
  }
  c.unknownFields(value, Object.keys(BUDGET_FIELDS), 'budget');
  const out: Partial<EvaluationSheet['budget']> = {};
  for (const [key, label] of Object.entries(BUDGET_FIELDS) as [
    keyof typeof BUDGET_FIELDS,
    string,
  ][]) {
    out[key] =
      key === 'weight'
        ? c.weight(value[key], `budget.${key}`, label)
        : c.decimal(value[key], `budget.${key}`, label, true);
  }
  return out.initial !== undefined &&
    out.adjusted !== undefined &&
    out.executed !== undefined &&
    out.weight !== undefined
    ? { initial: out.initial, adjusted: out.adjusted, executed: out.executed, weight: out.weight }
    : undefined;
}

function validateFund(value: unknown, c: Collector): FundManagementItem[] | undefined {
  if (absent(value)) return undefined;
  if (!Array.isArray(value)) {
    c.add('fundManagement', '资金管理情况必须是列表');
    return undefined;
  }
  if (value.length > SHEET_LIMITS.fundManagement) {
    c.add('fundManagement', `资金管理情况最多 ${SHEET_LIMITS.fundManagement} 项`);
    return undefined;
  }
  const out: FundManagementItem[] = [];
  value.forEach((raw: unknown, i) => {
    const path = `fundManagement[${i}]`;
    const label = `资金管理情况第 ${i + 1} 项`;
    if (!isRecord(raw)) {
      c.add(path, `${label}必须是对象`);
      return;
    }
    c.unknownFields(raw, FUND_FIELDS, path);
    const item = c.text(raw.item, `${path}.item`, `${label}的名称`, SHEET_LIMITS.name);
    const weight = c.weight(raw.weight, `${path}.weight`, `${label}的分值`);
    const score = c.decimal(raw.score, `${path}.score`, `${label}的得分`, false);
    const note = absent(raw.note)
      ? undefined
      : c.text(raw.note, `${path}.note`, `${label}的情况说明`, SHEET_LIMITS.text);
    const problems = absent(raw.problems)
      ? undefined
      : c.text(raw.problems, `${path}.problems`, `${label}的存在问题和改进措施`, SHEET_LIMITS.text);
    if (item === undefined || weight === undefined || score === undefined) return;
    const row: FundManagementItem = { item, weight, score };
    if (note !== undefined) row.note = note;
    if (problems !== undefined) row.problems = problems;
    out.push(row);
  });
  return out;
}

function validateIndicators(value: unknown, c: Collector): SheetIndicator[] | undefined {
  if (!Array.isArray(value)) {
    c.add('indicators', '绩效指标（indicators）必须是列表');
    return undefined;
  }
  if (value.length > SHEET_LIMITS.indicators) {
    c.add('indicators', `绩效指标最多 ${SHEET_LIMITS.indicators} 项，实际 ${value.length} 项`);
    return undefined;
  }
  const out: SheetIndicator[] = [];
  value.forEach((raw: unknown, i) => {
    const path = `indicators[${i}]`;
    const label = `第 ${i + 1} 个指标`;
    if (!isRecord(raw)) {
      c.add(path, `${label}必须是对象`);
      return;
    }
    c.unknownFields(raw, INDICATOR_FIELDS, path);
    const level1 = c.text(raw.level1, `${path}.level1`, `${label}的一级指标`, SHEET_LIMITS.name);
    const level2 = c.text(raw.level2, `${path}.level2`, `${label}的二级指标`, SHEET_LIMITS.name);
    const name = c.text(raw.name, `${path}.name`, `${label}的三级指标`, SHEET_LIMITS.name);
    const target = c.text(raw.target, `${path}.target`, `${label}的年度指标值`, SHEET_LIMITS.value);
    const actual = c.text(raw.actual, `${path}.actual`, `${label}的实际完成值`, SHEET_LIMITS.value);
    const weight = c.weight(raw.weight, `${path}.weight`, `${label}的分值`);
    const score = absent(raw.score)
      ? undefined
      : c.decimal(raw.score, `${path}.score`, `${label}的得分`, false);
    let level: QualitativeLevel | undefined;
    if (!absent(raw.level)) {
      if (QUALITATIVE_LEVELS.includes(raw.level as QualitativeLevel)) {
        level = raw.level as QualitativeLevel;
      } else c.add(`${path}.level`, `${label}的评定档次必须是 达成、部分达成 或 未达成`);
    }
    let applicable: boolean | undefined;
    if (raw.applicable !== undefined && raw.applicable !== null) {
      if (typeof raw.applicable === 'boolean') applicable = raw.applicable;
      else c.add(`${path}.applicable`, `${label}的“是否适用”必须是 true 或 false`);
    }
    const reason = absent(raw.reason)
      ? undefined
      : c.text(raw.reason, `${path}.reason`, `${label}的偏差原因分析及改进措施`, SHEET_LIMITS.text);
    const basis = absent(raw.basis)
      ? undefined
      : c.text(raw.basis, `${path}.basis`, `${label}的指标值确定依据`, SHEET_LIMITS.text);
    if (
      level1 === undefined ||
      level2 === undefined ||
      name === undefined ||
      target === undefined ||
      actual === undefined ||
      weight === undefined
    ) {
      return;
    }
    const row: SheetIndicator = { level1, level2, name, target, actual, weight };
    if (score !== undefined) row.score = score;
    if (level !== undefined) row.level = level;
    if (applicable !== undefined) row.applicable = applicable;
    if (reason !== undefined) row.reason = reason;
    if (basis !== undefined) row.basis = basis;
    out.push(row);
  });
  return out;
}

function validateReported(value: unknown, c: Collector): ReportedFigures | undefined {
  if (absent(value)) return undefined;
  if (!isRecord(value)) {
    c.add('reported', '填报数（reported）必须是对象');
    return undefined;
  }
  c.unknownFields(value, [...Object.keys(REPORTED_FIELDS), 'grade'], 'reported');
  const out: ReportedFigures = {};
  for (const [key, label] of Object.entries(REPORTED_FIELDS) as [
    keyof typeof REPORTED_FIELDS,
    string,
  ][]) {
    if (absent(value[key])) continue;
    const v = c.decimal(value[key], `reported.${key}`, label, false);
    if (v !== undefined) out[key] = v;
  }
  if (!absent(value.grade)) {
    if (GRADES.includes(value.grade as Grade)) out.grade = value.grade as Grade;
    else c.add('reported.grade', '填报的评价等级必须是 优、良、中 或 差');
  }
  return out;
}
