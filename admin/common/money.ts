import { Dec } from '../../shared/decimal';

/** A non-negative decimal as the server accepts it for amounts (万元): `11`, `23.7173`. */
export const AMOUNT_PATTERN = /^\d{1,9}(\.\d{1,6})?$/;

export const isAmount = (value: unknown): value is string =>
  typeof value === 'string' && AMOUNT_PATTERN.test(value.trim());

/** '' and undefined are the blank cells of the paper tables: they count as 0. */
const valueOf = (value: string | undefined | null): string => {
  const text = (value ?? '').trim();
  return text === '' ? '0' : text;
};

/**
 * The exact sum of amounts, as a canonical decimal string, or null when one of them is not a
 * number. Blank parts count as 0. Never through binary floats (`0.1 + 0.2` must be `0.3`).
 */
export function sumAmounts(parts: readonly (string | undefined | null)[]): string | null {
  let sum = new Dec(0);
  for (const part of parts) {
    const text = valueOf(part);
    if (!AMOUNT_PATTERN.test(text)) return null;
    sum = sum.plus(text);
  }
  return sum.toFixed();
}

export interface AmountCheck {
  /** The sum of the parts (null when a part is not a number). */
  parts: string | null;
  /** true / false when both sides are numbers; null when one side cannot be read. */
  matches: boolean | null;
  /** total − parts, when both are numbers. */
  difference: string | null;
}

/** Does `total` equal the sum of `parts`? (资金总额 = 财政资金 + 财政专户管理资金 + 单位资金). */
export function checkSum(
  total: string | undefined | null,
  parts: readonly (string | undefined | null)[],
): AmountCheck {
  const sum = sumAmounts(parts);
  const totalText = valueOf(total);
  if (sum === null || !AMOUNT_PATTERN.test(totalText)) {
    return { parts: sum, matches: null, difference: null };
  }
  const difference = new Dec(totalText).minus(sum);
  return { parts: sum, matches: difference.isZero(), difference: difference.toFixed() };
}

/**
 * An amount as the official tables print it: 2 decimals, more when the value has more
 * (`11` → `11.00`, `23.7173` stays). Display only: nothing is rounded away.
 */
export function displayAmount(value: string | undefined | null): string {
  const text = (value ?? '').trim();
  if (text === '') return '';
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const decimals = text.includes('.') ? text.split('.')[1].length : 0;
  return new Dec(text).toFixed(Math.max(2, decimals));
}

/** A cumulative spending-plan percentage as printed: `100` → `100%`, blank stays blank. */
export const displayPercent = (value: string | undefined | null): string =>
  value && value.trim() !== '' ? `${value.trim()}%` : '';
