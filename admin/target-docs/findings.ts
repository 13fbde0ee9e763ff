import type { Severity } from '../../shared/scoring';
import type { DocFinding } from './types';

/** `indicators[3].target` and `indicators.3.target` (server field errors) → `indicators.3.target`. */
export const normalisePath = (path: string): string => path.replace(/\[(\d+)\]/g, '.$1');

export interface RowLocation {
  /** Index in the `indicators` array. */
  row: number;
  /** The field of the row (`target`, `name` …), or '' for the whole row. */
  field: string;
}

/** Where in the indicator table a path points, or null when it is about something else. */
export function rowLocation(path: string): RowLocation | null {
  const match = /^indicators\.(\d+)(?:\.(\w+))?/.exec(normalisePath(path));
  if (!match) return null;
  return { row: Number(match[1]), field: match[2] ?? '' };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const bySeverity = (a: DocFinding, b: DocFinding): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

/** Findings grouped for the indicator table: per row (and field), and the rest. */
export interface FindingIndex {
  rows: Map<number, DocFinding[]>;
  /** Findings about the table as a whole (`indicators`) or other fields (`spendPlan.q4` …). */
  general: DocFinding[];
}

export function indexFindings(findings: readonly DocFinding[]): FindingIndex {
  const rows = new Map<number, DocFinding[]>();
  const general: DocFinding[] = [];
  for (const f of [...findings].sort(bySeverity)) {
    const location = rowLocation(f.path);
    if (location) rows.set(location.row, [...(rows.get(location.row) ?? []), f]);
    else general.push(f);
  }
  return { rows, general };
}

/** Server field errors (`{ 'indicators.0.name': '三级指标不能为空' }`) as error findings. */
export function fieldErrorsAsFindings(errors: Record<string, unknown> | undefined): DocFinding[] {
  if (!errors) return [];
  return Object.entries(errors)
    .filter(([path, message]) => path !== 'root' && typeof message === 'string')
    .map(([path, message]) => ({
      code: 'VALIDATION',
      severity: 'error' as const,
      path,
      message: message as string,
    }));
}

export const FIELD_LABELS: Record<string, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '指标值',
  basis: '指标值确定依据',
  description: '指标解释',
  method: '计算方法',
  weight: '分值',
  'spendPlan.q1': '资金支出计划（3月底）',
  'spendPlan.q2': '资金支出计划（6月底）',
  'spendPlan.q3': '资金支出计划（9月底）',
  'spendPlan.q4': '资金支出计划（12月底）',
  'amounts.total': '资金总额',
  indicators: '绩效指标',
  goals: '年度绩效目标',
  'budget.initial': '年初预算数',
  'budget.adjusted': '全年预算数',
  'budget.executed': '全年执行数',
  'budget.weight': '预算执行率分值',
  'reported.total': '公布的总分',
  'reported.grade': '公布的等级',
  'reported.executionRate': '公布的执行率',
  'reported.executionScore': '公布的执行率得分',
  fundManagement: '资金管理情况',
  template: '评分模板',
  summary: '实际完成情况',
};

/** "第 4 行 · 指标值", "资金支出计划（12月底）", "绩效指标": where a finding points, in Chinese. */
export function describeLocation(path: string): string {
  const location = rowLocation(path);
  if (location) {
    const field = location.field ? (FIELD_LABELS[location.field] ?? location.field) : '';
    return `第 ${location.row + 1} 行${field ? ` · ${field}` : ''}`;
  }
  const normal = normalisePath(path);
  const fund = /^fundManagement\.(\d+)(?:\.(\w+))?/.exec(normal);
  if (fund)
    return `资金管理情况第 ${Number(fund[1]) + 1} 项${fund[2] === 'score' ? ' · 得分' : ''}`;
  return FIELD_LABELS[normal] ?? FIELD_LABELS[normal.split('.')[0]] ?? normal;
}
