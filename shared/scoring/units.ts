/**
 * Unit compatibility between a target and an actual. All conversions the tables need are powers
 * of ten (元 ↔ 万元, 人 ↔ 万人), so a conversion is an exponent: value_in_from × 10^k is the
 * value in `to`.
 */

const MONEY: Record<string, number> = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 };

/** Count units that mean the same thing (`3名` against `3人`). */
const SYNONYMS: Record<string, string> = {
  名: '人',
  位: '人',
  日: '天',
  个月: '月',
  平米: '平方米',
  个社区: '社区',
  个小区: '小区',
};

const MULTIPLIERS: Record<string, number> = { 万: 4, 亿: 8 };

function simpleShift(from: string, to: string): number | null {
  if (from === to) return 0;
  if (from in MONEY || to in MONEY) {
    return from in MONEY && to in MONEY ? MONEY[from] - MONEY[to] : null;
  }
  if (from === '%' || to === '%') return null;
  const [fromBase, fromExp] = countBase(from);
  const [toBase, toExp] = countBase(to);
  // `万` alone is ten thousand of whatever is counted (seed 001: `23.7173万` 户).
  if (fromBase === toBase || fromBase === '' || toBase === '') return fromExp - toExp;
  return null;
}

function countBase(unit: string): [string, number] {
  let exp = 0;
  let base = unit;
  const first = base.charAt(0);
  if (base.length >= 1 && first in MULTIPLIERS) {
    exp = MULTIPLIERS[first];
    base = base.slice(1);
  }
  return [SYNONYMS[base] ?? base, exp];
}

/**
 * The exponent converting a value in `from` into `to`, or null when the units cannot be compared
 * (`万元` against `%`). A missing unit takes the other side's (`≤0` against `-3%`).
 */
export function unitShift(from: string, to: string): number | null {
  if (from === to) return 0;
  // A bare multiplier against a plain number: `23.7173万` is 237173.
  if (from === '' && to in MULTIPLIERS) return -MULTIPLIERS[to];
  if (to === '' && from in MULTIPLIERS) return MULTIPLIERS[from];
  if (from === '' || to === '') return 0;
  const f = from.split('/');
  const t = to.split('/');
  if (f.length !== t.length) return null;
  let k = 0;
  for (let i = 0; i < f.length; i++) {
    const s = simpleShift(f[i], t[i]);
    if (s === null) return null;
    k += i === 0 ? s : -s;
  }
  return k;
}
