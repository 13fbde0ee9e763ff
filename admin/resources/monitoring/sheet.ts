import { Dec } from '../../../shared/decimal';
import {
  REASON_KEYS,
  REASON_LABELS,
  monitoringLights,
  type MonitoringLights,
} from '../../../shared/monitoring';
import type { DocFinding } from '../../target-docs/types';
import type { MonitoringRecord, MonitoringRow, MonitoringValues, Reasons } from './types';

/**
 * The 绩效运行监控表 in the browser: the lights of what is being typed (the same shared module the
 * server uses on save), the checks that block a submission, and the body of PUT.
 */

export const EMPTY_REASONS: Reasons = {
  funding: '',
  institution: '',
  staffing: '',
  hardware: '',
  other: '',
};

const DECIMAL = /^\d+(\.\d+)?$/;

/** The lights of the report as typed (`values`), on the record's budget, month and plan. */
export function liveLights(
  record: Pick<MonitoringRecord, 'month' | 'budget' | 'spendPlan'>,
  values: Pick<MonitoringValues, 'executed' | 'indicators'>,
): MonitoringLights {
  return monitoringLights({
    month: record.month,
    budget: record.budget,
    executed: (values.executed ?? '').trim(),
    spendPlan: record.spendPlan ?? undefined,
    indicators: (values.indicators ?? []).map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      target: r.target,
      progress: (r.progress ?? '').trim(),
      expected: (r.expected ?? '').trim(),
      likelihood: r.likelihood ?? '',
    })),
  });
}

export const hasReason = (row: Pick<MonitoringRow, 'reasons'>): boolean =>
  REASON_KEYS.some((k) => (row.reasons?.[k] ?? '').trim() !== '');

/**
 * What the server will refuse at submission (monitoring.service `evaluate`): a row expected to
 * miss its target needs a cause and a corrective measure; its likelihood should be judged.
 */
export function submissionFindings(
  lights: MonitoringLights,
  rows: readonly MonitoringRow[],
): DocFinding[] {
  const findings: DocFinding[] = [];
  lights.indicators.forEach((light, i) => {
    const row = rows[i];
    if (!row || !light.shortfall) return;
    const reason = hasReason(row);
    if (!reason || (row.measures ?? '').trim() === '') {
      findings.push({
        code: 'UNMET_WITHOUT_REASON',
        severity: 'error',
        path: `indicators[${i}].${reason ? 'measures' : 'reasons'}`,
        message: `「${row.name}」预计不能完成年度目标，请填写偏差原因（${REASON_KEYS.map((k) => REASON_LABELS[k]).join('／')}）和纠偏措施`,
      });
    }
    if (!row.likelihood) {
      findings.push({
        code: 'UNMET_WITHOUT_REASON',
        severity: 'warning',
        path: `indicators[${i}].likelihood`,
        message: `「${row.name}」请判断完成年度目标的可能性`,
      });
    }
  });
  return findings;
}

/** The form values of a saved report. */
export function toValues(record: MonitoringRecord): MonitoringValues {
  return {
    executed: record.executed ?? '',
    expectedExecuted: record.expectedExecuted ?? '',
    indicators: (record.indicators ?? []).map((r) => ({
      ...r,
      progress: r.progress ?? '',
      expected: r.expected ?? '',
      likelihood: r.likelihood ?? '',
      reasons: { ...EMPTY_REASONS, ...r.reasons },
      measures: r.measures ?? '',
    })),
    version: record.version,
  };
}

/** PUT /api/monitoring/:id: only what the unit types; rows in the order of the report. */
export function toUpdateBody(values: MonitoringValues) {
  const expected = (values.expectedExecuted ?? '').trim();
  return {
    executed: (values.executed ?? '').trim(),
    expectedExecuted: expected === '' ? null : expected,
    indicators: (values.indicators ?? []).map((r) => ({
      progress: (r.progress ?? '').trim(),
      expected: (r.expected ?? '').trim(),
      likelihood: r.likelihood ?? '',
      reasons: Object.fromEntries(
        REASON_KEYS.map((k) => [k, (r.reasons?.[k] ?? '').trim()]),
      ) as Reasons,
      measures: (r.measures ?? '').trim(),
    })),
    version: values.version,
  };
}

/** 序时进度: the share of the year gone by the end of `month`, in % (2 decimals). */
export const timeProgress = (month: number): string =>
  new Dec(month).div(12).mul(100).toDecimalPlaces(2).toFixed(2);

/** `part` as a % of `whole` (2 decimals), or null when either is not a number or whole is 0. */
export function percentOf(part: string | null | undefined, whole: string | null | undefined) {
  const a = (part ?? '').trim();
  const b = (whole ?? '').trim();
  if (!DECIMAL.test(a) || !DECIMAL.test(b) || new Dec(b).isZero()) return null;
  return new Dec(a).div(b).mul(100).toDecimalPlaces(2).toFixed(2);
}

/** 6 → "6月30日": the cut-off date of a monitoring month. */
export function cutOff(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${month}月${day}日`;
}

/** "经费保障：资金未到位；其他：…" for the read-only table. */
export function reasonSummary(reasons: Partial<Reasons> | undefined): string {
  return REASON_KEYS.filter((k) => (reasons?.[k] ?? '').trim() !== '')
    .map((k) => `${REASON_LABELS[k]}：${(reasons?.[k] ?? '').trim()}`)
    .join('；');
}
