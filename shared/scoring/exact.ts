import { Dec, DECIMAL_PATTERN } from '../decimal';

/**
 * Exact decimal arithmetic on decimal strings. Table figures are short (`29671.35`, `0.8`), so
 * most operations fit a scaled safe integer (value = m / 10^e) and run in plain integer `number`
 * arithmetic, which is exact there; anything larger falls back to decimal.js. Both paths give the
 * same digits (tests/unit/scoring/exact.test.ts compares them on random input).
 */

export type RoundMode = 'half-up' | 'down';

/** |m| stays below 2^52 so that q × den and 2 × rem are exact too. */
const LIMIT = 2 ** 52;
const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

export function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}

/**
 * Result registers of `load`: value = LM / 10^LE. Loading into module registers instead of
 * returning an object keeps the hot path free of allocations (the benchmark is GC-bound otherwise).
 */
let LM = 0;
let LE = 0;

/** Loads a decimal string into LM/LE; false when it does not fit a safe integer. */
function load(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 17) return false;
  let i = 0;
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === 45 /* - */) {
    negative = true;
    i = 1;
  } else if (first === 43 /* + */) i = 1;
  let m = 0;
  let e = -1;
  const start = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (e >= 0) return false;
      e = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return false;
    m = m * 10 + d;
    if (e >= 0) e += 1;
  }
  // At least one digit, and not a bare point (`-`, `.`, `5.`).
  if (n - start === (e < 0 ? 0 : 1) || e === 0 || m >= LIMIT || e > 15) return false;
  LM = negative ? -m : m;
  LE = e < 0 ? 0 : e;
  return true;
}

/** m / 10^e as a canonical decimal string (no exponent, no trailing zeros). */
function canonicalOf(m: number, e: number): string {
  if (m === 0) return '0';
  while (e > 0 && m % 10 === 0) {
    m /= 10;
    e -= 1;
  }
  return fixedOf(m, e);
}

/** m / 10^e with exactly e decimals. */
function fixedOf(m: number, e: number): string {
  const neg = m < 0;
  let digits = String(neg ? -m : m);
  if (e > 0) {
    if (digits.length <= e) digits = '0'.repeat(e - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - e)}.${digits.slice(digits.length - e)}`;
  }
  return neg && m !== 0 ? `-${digits}` : digits;
}

function decCanonical(d: Dec): string {
  const fixed = d.toFixed();
  const out = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return out === '-0' ? '0' : out;
}

/** Aligned operands of a binary operation (AX, AY at exponent AE); false when unsafe. */
let AX = 0;
let AY = 0;
let AE = 0;

function loadPair(a: string, b: string): boolean {
  if (!load(a)) return false;
  const xm = LM;
  const xe = LE;
  if (!load(b)) return false;
  let ym = LM;
  const ye = LE;
  let x = xm;
  if (xe < ye) {
    x = xm * POW10[ye - xe];
    if (Math.abs(x) >= LIMIT) return false;
    AE = ye;
  } else if (xe > ye) {
    ym = ym * POW10[xe - ye];
    if (Math.abs(ym) >= LIMIT) return false;
    AE = xe;
  } else AE = xe;
  AX = x;
  AY = ym;
  return true;
}

/** Compares two decimal strings: −1, 0 or 1. */
export function cmp(a: string, b: string): -1 | 0 | 1 {
  if (loadPair(a, b)) return AX < AY ? -1 : AX > AY ? 1 : 0;
  return new Dec(a).cmp(b) as -1 | 0 | 1;
}

export function isZero(a: string): boolean {
  return cmp(a, '0') === 0;
}

export function add(a: string, b: string): string {
  if (loadPair(a, b)) {
    const m = AX + AY;
    if (Math.abs(m) < LIMIT) return canonicalOf(m, AE);
  }
  return decCanonical(new Dec(a).add(b));
}

export function sub(a: string, b: string): string {
  if (loadPair(a, b)) {
    const m = AX - AY;
    if (Math.abs(m) < LIMIT) return canonicalOf(m, AE);
  }
  return decCanonical(new Dec(a).sub(b));
}

export function neg(a: string): string {
  if (a.startsWith('-')) return a.slice(1);
  return isZero(a) ? a : `-${a}`;
}

export function mul(a: string, b: string): string {
  if (load(a)) {
    const xm = LM;
    const xe = LE;
    if (load(b) && xe + LE <= 15) {
      const m = xm * LM;
      if (Math.abs(m) < LIMIT) return canonicalOf(m, xe + LE);
    }
  }
  return decCanonical(new Dec(a).mul(b));
}

/** a × 10^k, exact (unit conversions 元 ↔ 万元, % ↔ ratio). */
export function shift(a: string, k: number): string {
  if (k === 0) return a;
  return decCanonical(new Dec(a).mul(new Dec(10).pow(k)));
}

/** Sum of decimal strings. */
export function sum(values: readonly string[]): string {
  let total = '0';
  for (const v of values) total = add(total, v);
  return total;
}

/**
 * round(a × b ÷ c) to `places` decimals, returned with exactly that many decimals; null when c
 * is 0. Half-up rounds half away from zero, like the official tables (and ROUND_HALF_UP).
 */
export function mulDivRound(
  a: string,
  b: string,
  c: string,
  places = 2,
  mode: RoundMode = 'half-up',
): string | null {
  if (load(a)) {
    const xm = LM;
    const xe = LE;
    if (load(b)) {
      const ym = LM;
      const ye = LE;
      if (load(c)) {
        if (LM === 0) return null;
        const q = divRound(xm * ym, LM, LE - xe - ye + places, mode);
        if (q !== null) return fixedOf(q, places);
      }
    }
  }
  const divisor = new Dec(c);
  if (divisor.isZero()) return null;
  const value = new Dec(a).mul(b).div(divisor);
  return value
    .toDecimalPlaces(places, mode === 'half-up' ? Dec.ROUND_HALF_UP : Dec.ROUND_DOWN)
    .toFixed(places);
}

/** round(num × 10^k / den) in safe integers; null when an operand leaves the safe range. */
function divRound(num: number, den: number, k: number, mode: RoundMode): number | null {
  if (Math.abs(num) >= LIMIT || k < -15 || k > 15) return null;
  if (k >= 0) num *= POW10[k];
  else den *= POW10[-k];
  if (Math.abs(num) >= LIMIT || Math.abs(den) >= LIMIT) return null;
  const negative = num < 0 !== den < 0 && num !== 0;
  num = Math.abs(num);
  den = Math.abs(den);
  let q = Math.floor(num / den);
  let r = num - q * den;
  // The float quotient may be off by one next to an integer; the remainder corrects it.
  if (r < 0) {
    q -= 1;
    r += den;
  } else if (r >= den) {
    q += 1;
    r -= den;
  }
  if (mode === 'half-up' && 2 * r >= den) q += 1;
  return negative ? -q : q;
}

/** round(a) to `places` decimals with exactly that many decimals. */
export function roundTo(a: string, places = 2, mode: RoundMode = 'half-up'): string {
  if (load(a)) {
    if (LE <= places) {
      const m = LM * POW10[places - LE];
      if (Math.abs(m) < LIMIT) return fixedOf(m, places);
    } else {
      const q = divRound(LM, POW10[LE - places], 0, mode);
      if (q !== null) return fixedOf(q, places);
    }
  }
  return mulDivRound(a, '1', '1', places, mode) as string;
}

/** Whether the decimal string has more than `places` significant decimals. */
export function hasMoreDecimals(a: string, places: number): boolean {
  const dot = a.indexOf('.');
  if (dot < 0) return false;
  return a.slice(dot + 1).replace(/0+$/, '').length > places;
}

/** Canonical form of a decimal string (`"088.10"` → `"88.1"`). */
export function canonicalDecimal(a: string): string {
  return load(a) ? canonicalOf(LM, LE) : decCanonical(new Dec(a));
}
