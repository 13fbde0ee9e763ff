import { Dec } from '../../../shared/decimal';
import {
  findTemplate,
  QUALITATIVE_LEVELS,
  type EvaluationSheet,
  type QualitativeLevel,
  type ReportedFigures,
  type SheetKind,
  type TemplateFundSection,
} from '../../../shared/scoring';
import type { EvaluationRecord, EvaluationValues, FormFund, ReviewItem } from './types';

/**
 * The 自评表 in the browser: form values ⇄ API, and the sheet the shared engine scores — built
 * exactly as the server builds it from what it stores (server/modules/evaluations/sheet.ts), so
 * that the live figures are the ones the server will save.
 */

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const isLevel = (value: unknown): value is QualitativeLevel =>
  typeof value === 'string' && (QUALITATIVE_LEVELS as readonly string[]).includes(value);

export const fundSectionOf = (templateId: string): TemplateFundSection | undefined =>
  findTemplate(templateId)?.sections.find(
    (s): s is TemplateFundSection => s.id === 'fundManagement',
  );

export const executionWeightOf = (templateId: string): string =>
  findTemplate(templateId)?.sections.find((s) => s.id === 'execution')?.weight ?? '10';

/** The form values of a saved evaluation. */
export function toFormValues(record: EvaluationRecord): EvaluationValues {
  return {
    template: record.template,
    budget: {
      initial: text(record.budget?.initial),
      adjusted: text(record.budget?.adjusted),
      executed: text(record.budget?.executed),
      weight: text(record.budget?.weight),
    },
    fundManagement: (record.fundManagement ?? []).map((f) => ({
      item: text(f.item),
      weight: text(f.weight),
      score: text(f.score),
      note: text(f.note),
      problems: text(f.problems),
    })),
    indicators: (record.indicators ?? []).map((r) => ({
      level1: text(r.level1),
      level2: text(r.level2),
      name: text(r.name),
      target: text(r.target),
      actual: text(r.actual),
      weight: text(r.weight),
      score: text(r.score),
      level: isLevel(r.level) ? r.level : '',
      applicable: r.applicable !== false,
      reason: text(r.reason),
      basis: text(r.basis),
    })),
    summary: text(record.summary),
    version: record.version,
  };
}

/** Form values as they may sit in react-hook-form (a record's raw fields until first edited). */
export function normaliseValues(values: Partial<EvaluationValues> | undefined): EvaluationValues {
  const v = values ?? {};
  return toFormValues({
    template: text(v.template),
    budget: v.budget ?? { initial: '', adjusted: '', executed: '', weight: '' },
    fundManagement: v.fundManagement ?? [],
    indicators: (v.indicators ?? []).map((r) => ({
      ...r,
      score: text(r.score),
      level: isLevel(r.level) ? r.level : null,
    })),
    summary: text(v.summary),
    version: v.version ?? 0,
  } as unknown as EvaluationRecord);
}

/** PUT /api/evaluations/:id. The server re-scores; it ignores any figure the client could send. */
export function toUpdateBody(values: EvaluationValues) {
  const v = normaliseValues(values);
  const hasFund = Boolean(fundSectionOf(v.template));
  return {
    template: v.template,
    budget: {
      initial: v.budget.initial.trim(),
      adjusted: v.budget.adjusted.trim(),
      executed: v.budget.executed.trim(),
      weight: v.budget.weight.trim(),
    },
    fundManagement: hasFund
      ? v.fundManagement.map((f) => ({
          item: f.item,
          weight: f.weight.trim(),
          score: f.score.trim(),
          note: f.note,
          problems: f.problems,
        }))
      : [],
    indicators: v.indicators.map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      target: r.target,
      actual: r.actual,
      weight: r.weight.trim(),
      score: r.score.trim() === '' ? null : r.score.trim(),
      level: r.level === '' ? null : r.level,
      applicable: r.applicable,
      reason: r.reason,
      basis: r.basis,
    })),
    summary: v.summary,
    version: v.version,
  };
}

type Body = ReturnType<typeof toUpdateBody>;

/**
 * The sheet the server scores from what it stores for `body` (rowsOf + toSheet of
 * server/modules/evaluations): trimmed texts, score null = the rule, every row's `applicable`.
 */
export function sheetOf(
  body: Body,
  kind: SheetKind,
  reported: ReportedFigures | null,
): EvaluationSheet {
  const hasFund = Boolean(fundSectionOf(body.template));
  return {
    kind,
    template: body.template,
    budget: { ...body.budget },
    ...(hasFund ? { fundManagement: body.fundManagement.map((f) => ({ ...f })) } : {}),
    indicators: body.indicators.map((r) => ({
      level1: r.level1.trim(),
      level2: r.level2.trim(),
      name: r.name.trim(),
      target: r.target.trim(),
      actual: r.actual.trim(),
      weight: r.weight,
      ...(r.score !== null && r.score !== '' ? { score: r.score } : {}),
      ...(r.level ? { level: r.level } : {}),
      applicable: r.applicable,
      reason: r.reason,
      basis: r.basis,
    })),
    ...(reported ? { reported } : {}),
    summary: body.summary,
  };
}

/** The sheet of a saved evaluation (to check the server's figures in the browser). */
export const recordSheet = (record: EvaluationRecord): EvaluationSheet =>
  sheetOf(toUpdateBody(toFormValues(record)), record.kind, record.reported);

/**
 * The sheet with the 复核 scores in place of the unit's (reviewScore of the server): what the
 * 财政局's figures will be. `reported` is dropped, as the server does.
 */
export function reviewedSheet(record: EvaluationRecord, items: readonly ReviewItem[]) {
  const body = toUpdateBody(toFormValues(record));
  for (const item of items) {
    if (item.section === 'indicators' && body.indicators[item.index]) {
      body.indicators[item.index].score = item.score;
    } else if (item.section === 'fundManagement' && body.fundManagement[item.index]) {
      body.fundManagement[item.index].score = item.score;
    }
  }
  // The server keeps the stored 资金管理情况 even when the template has none (it is not scored).
  if (!fundSectionOf(body.template)) body.fundManagement = [];
  return sheetOf(body, record.kind, null);
}

/** "达成 8–10 分 · 部分达成 6–8（不含）· 未达成 0–6（不含）" for a 定性 row of weight `w`. */
export function bandHint(weight: string): string {
  const w = weight.trim();
  if (!/^\d+(\.\d+)?$/.test(w)) return '';
  const d = new Dec(w);
  const at = (k: string) => d.mul(k).toDecimalPlaces(2).toFixed();
  return `达成 ${at('0.8')}–${d.toFixed()} 分 · 部分达成 ${at('0.6')}–${at('0.8')}（不含）· 未达成 0–${at('0.6')}（不含）`;
}

/** The band of a level for a weight: "8–10". */
export function levelBand(level: QualitativeLevel, weight: string): string {
  const w = weight.trim();
  if (!/^\d+(\.\d+)?$/.test(w)) return '';
  const d = new Dec(w);
  const at = (k: string) => d.mul(k).toDecimalPlaces(2).toFixed();
  if (level === '达成') return `${at('0.8')}–${d.toFixed()}`;
  if (level === '部分达成') return `${at('0.6')}–${at('0.8')}（不含 ${at('0.8')}）`;
  return `0–${at('0.6')}（不含 ${at('0.6')}）`;
}

/** 资金管理情况 items of a template (score 0 until the unit scores them, as the server creates them). */
export const fundItemsOf = (templateId: string): FormFund[] =>
  (fundSectionOf(templateId)?.items ?? []).map((i) => ({
    item: i.name,
    weight: i.weight,
    score: '0',
    note: '',
    problems: '',
  }));

/** Switching the template: the 执行率 weight and the 资金管理情况 items follow it. */
export function withTemplate(values: EvaluationValues, templateId: string): EvaluationValues {
  const fund = fundSectionOf(templateId);
  return {
    ...values,
    template: templateId,
    budget: { ...values.budget, weight: executionWeightOf(templateId) },
    fundManagement: fund
      ? values.fundManagement.length > 0
        ? values.fundManagement
        : fundItemsOf(templateId)
      : [],
  };
}
