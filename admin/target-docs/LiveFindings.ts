import { checkTargets, type TargetDoc } from '../../shared/scoring';
import type { IndicatorRow, ProjectRecord } from './types';
import type { DocFinding } from './types';

/** The review checks of shared/scoring, run in the browser on the rows being typed. */
export function liveFindings(
  kind: 'project' | 'department',
  rows: unknown,
  project?: ProjectRecord,
): DocFinding[] {
  const indicators = (Array.isArray(rows) ? (rows as Partial<IndicatorRow>[]) : []).map((r) => ({
    level1: r.level1 ?? '',
    level2: r.level2 ?? '',
    name: r.name ?? '',
    target: r.target ?? '',
  }));
  const doc: TargetDoc = { kind, indicators };
  if (project) {
    doc.spendPlan = project.spendPlan;
    doc.amounts = {
      total: project.amountTotal,
      fiscal: project.amountFiscal,
      special: project.amountSpecial,
      other: project.amountOther,
    };
  }
  return checkTargets(doc);
}

/** Rows as the API takes them: no `parsed` (server-side), 分值 null when blank. */
export function cleanRows(rows: unknown): Omit<IndicatorRow, 'parsed'>[] {
  if (!Array.isArray(rows)) return [];
  return (rows as Partial<IndicatorRow>[]).map((r) => ({
    level1: (r.level1 ?? '').trim(),
    level2: (r.level2 ?? '').trim(),
    name: (r.name ?? '').trim(),
    target: (r.target ?? '').trim(),
    basis: r.basis ?? '',
    description: r.description ?? '',
    method: r.method ?? '',
    weight:
      r.weight === undefined || r.weight === null || String(r.weight).trim() === ''
        ? null
        : String(r.weight).trim(),
  }));
}
