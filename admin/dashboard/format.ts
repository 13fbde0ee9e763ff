import { Dec, round } from '../../shared/decimal';
import { GRADES, type Grade } from '../../shared/scoring/types';

/**
 * Display of the dashboard's decimal strings: amounts in 万元 and rates in % with 2 decimals
 * (half-up, as the official tables round), through decimal.js — never binary floats. Blank,
 * null and non-numbers show as an em dash.
 */

const NUMBER = /^-?\d+(\.\d+)?$/;
export const DASH = '—';

const isNumber = (value: string | null | undefined): value is string =>
  typeof value === 'string' && NUMBER.test(value.trim());

/** `1234567.5` → `1,234,567.50`: 2 decimals and thousands separators. */
export function groupDigits(fixed: string): string {
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** An amount in 万元: `2156.2` → `2,156.20`. */
export function formatWan(value: string | null | undefined): string {
  return isNumber(value) ? groupDigits(round(value.trim(), 2)) : DASH;
}

/** A rate or percentage: `89.6345` → `89.63%`. */
export function formatPercent(value: string | null | undefined): string {
  return isNumber(value) ? `${round(value.trim(), 2)}%` : DASH;
}

/** A score: `90.04`, `100` → `100.00`. */
export function formatScore(value: string | null | undefined): string {
  return isNumber(value) ? round(value.trim(), 2) : DASH;
}

/** `part / whole × 100`, 2 decimals (null when whole is 0): a grade's share of the evaluations. */
export function share(part: number, whole: number): string | null {
  return whole === 0 ? null : round(new Dec(part).div(whole).mul(100), 2);
}

export type DeltaKind = 'count' | 'amount' | 'rate' | 'score';

export interface Delta {
  /** `+3`, `−12.50 万元`, `+1.25 个百分点`, `持平` */
  text: string;
  sign: -1 | 0 | 1;
}

const UNITS: Record<DeltaKind, string> = {
  count: '',
  amount: ' 万元',
  rate: ' 个百分点',
  score: ' 分',
};

/**
 * The change from last year to this year, or null when either side is missing (a year without
 * data, a rate without budget). Decimal strings are subtracted exactly; counts are integers.
 */
export function delta(
  current: string | number | null | undefined,
  previous: string | number | null | undefined,
  kind: DeltaKind,
): Delta | null {
  const ok = (v: string | number | null | undefined): v is string | number =>
    typeof v === 'number' ? Number.isFinite(v) : isNumber(v);
  if (!ok(current) || !ok(previous)) return null;
  const difference = new Dec(current).minus(previous);
  const sign = difference.isZero() ? 0 : difference.isNegative() ? -1 : 1;
  const magnitude = difference.abs();
  const number = kind === 'count' ? magnitude.toFixed(0) : groupDigits(round(magnitude, 2));
  if (sign === 0) return { text: '持平', sign };
  const prefix = sign > 0 ? '+' : '−';
  return { text: `${prefix}${number}${UNITS[kind]}`, sign };
}

/** A figure set has data when it counts any project or self-evaluation. */
export const hasData = (figures: { projects: number; evaluations: number }): boolean =>
  figures.projects > 0 || figures.evaluations > 0;

/** Chart bar length only (never shown, never added): a decimal string as a number. */
export function plotValue(value: string | null | undefined): number {
  return isNumber(value) ? Number(value) : 0;
}

/** 优 6 / 良 2 / 中 1 / 差 0, in the official order. */
export const gradeEntries = (grades: Record<Grade, number>): [Grade, number][] =>
  GRADES.map((g) => [g, grades[g] ?? 0]);

/** The score band a histogram bin belongs to, for its colour (≥ 90 优, ≥ 80 良, ≥ 60 中). */
export function gradeOfBin(min: string | null): Grade {
  if (min === null) return '差';
  const value = new Dec(min);
  if (value.gte(90)) return '优';
  if (value.gte(80)) return '良';
  if (value.gte(60)) return '中';
  return '差';
}

/** `6月` — a monitoring report's cut-off month. */
export const monthLabel = (month: number): string => `${month}月`;
