import type { SheetResult } from '../../shared/scoring';

export interface Comparison {
  server: Pick<SheetResult, 'total' | 'grade'>;
  /** What the server computed differently, in Chinese; empty when it agrees. */
  differences: string[];
}

const FIGURES: [keyof SheetResult, string][] = [
  ['executionRate', '预算执行率'],
  ['executionScore', '执行率得分'],
  ['fundManagementScore', '资金管理情况得分'],
  ['indicatorScore', '绩效指标得分'],
  ['total', '总分'],
  ['grade', '评价等级'],
];

const show = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '—';

/**
 * The browser's result against the server's for the same sheet: every figure, every row's
 * score and the set of findings. The engine is the same code, so any difference is a bug (or a
 * template the server holds differently).
 */
export function compareResults(local: SheetResult, server: SheetResult): Comparison {
  const differences: string[] = [];
  for (const [key, label] of FIGURES) {
    if (show(local[key]) !== show(server[key])) {
      differences.push(`${label}：本地 ${show(local[key])}，服务器 ${show(server[key])}`);
    }
  }
  local.indicators.forEach((row, i) => {
    const other = server.indicators[i];
    if (!other || other.score !== row.score) {
      differences.push(`第 ${i + 1} 行得分：本地 ${row.score}，服务器 ${show(other?.score)}`);
    }
  });
  const codes = (r: SheetResult) =>
    r.findings
      .map((f) => `${f.code}@${f.path}`)
      .sort()
      .join('|');
  if (codes(local) !== codes(server)) {
    differences.push(
      `审核提示：本地 ${local.findings.length} 条，服务器 ${server.findings.length} 条`,
    );
  }
  return { server: { total: server.total, grade: server.grade }, differences };
}
