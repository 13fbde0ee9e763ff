import { Dec } from '../../../shared/decimal';
import { fundSectionOf } from './sheet';
import type { EvaluationRecord, ReviewItem } from './types';

/** The 复核 table: pure helpers (tested in tests/unit/admin). */

export const REVIEW_SCORE = /^\d{1,3}(\.\d{1,4})?$/;

/** One line of the 复核 table: a 资金管理情况 item or an indicator. */
export interface Line {
  key: string;
  section: ReviewItem['section'];
  index: number;
  group: string;
  name: string;
  weight: string;
  /** The score that counted in the self-evaluation (2 decimals). */
  self: string;
  applicable: boolean;
}

export function linesOf(record: EvaluationRecord): Line[] {
  const lines: Line[] = [];
  if (fundSectionOf(record.template)) {
    record.fundManagement.forEach((f, index) =>
      lines.push({
        key: `fundManagement:${index}`,
        section: 'fundManagement',
        index,
        group: '资金管理情况',
        name: f.item,
        weight: f.weight,
        self: /^\d+(\.\d+)?$/.test(f.score) ? new Dec(f.score).toFixed(2) : f.score,
        applicable: true,
      }),
    );
  }
  (record.indicators ?? []).forEach((row, index) => {
    const r = record.result.indicators[index];
    lines.push({
      key: `indicators:${index}`,
      section: 'indicators',
      index,
      group: row.level1,
      name: row.name,
      weight: row.weight,
      self: r?.score ?? '',
      applicable: r?.applicable ?? row.applicable,
    });
  });
  return lines;
}

/** Rows of one category merge their first cell, as on paper (0: covered by the row above). */
export function groupSpan(lines: readonly Pick<Line, 'group'>[], n: number): number {
  if (n > 0 && lines[n - 1].group === lines[n].group) return 0;
  let end = n + 1;
  while (end < lines.length && lines[end].group === lines[n].group) end++;
  return end - n;
}

/** A 复核 score that differs from the self score (numerically: 5 and 5.00 are the same). */
export function isChanged(score: string, self: string): boolean {
  const s = score.trim();
  if (s === '' || !/^\d+(\.\d+)?$/.test(s) || !/^\d+(\.\d+)?$/.test(self)) return false;
  return !new Dec(s).eq(self);
}

export type Entry = { score: string; reason: string };

/** The items to send: the lines whose 复核 score differs from the self score. */
export function changedItems(lines: readonly Line[], entries: Record<string, Entry>): ReviewItem[] {
  return lines
    .filter((l) => l.applicable && isChanged(entries[l.key]?.score ?? '', l.self))
    .map((l) => ({
      section: l.section,
      index: l.index,
      score: entries[l.key].score.trim(),
      reason: entries[l.key].reason.trim(),
    }));
}

/** 复核 − 自评 with its sign: "+1.50", "−2.00". */
export function signedDifference(review: string, self: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(review) || !/^-?\d+(\.\d+)?$/.test(self)) return '';
  const d = new Dec(review).minus(self);
  if (d.isZero()) return '0.00';
  return `${d.isNegative() ? '−' : '+'}${d.abs().toFixed(2)}`;
}

/** The name of the item a 复核 score concerns. */
export function itemName(record: EvaluationRecord, item: Pick<ReviewItem, 'section' | 'index'>) {
  if (item.section === 'fundManagement') {
    return `资金管理情况 · ${record.fundManagement[item.index]?.item ?? `第 ${item.index + 1} 项`}`;
  }
  const row = record.indicators?.[item.index];
  return row ? `${row.level1} · ${row.name}` : `第 ${item.index + 1} 行`;
}

/** The score the unit gave an item (what counted in the self-evaluation). */
export function selfScore(record: EvaluationRecord, item: Pick<ReviewItem, 'section' | 'index'>) {
  if (item.section === 'fundManagement') {
    const f = record.fundManagement[item.index];
    return f ? new Dec(f.score || '0').toFixed(2) : '';
  }
  return record.result.indicators[item.index]?.score ?? '';
}
