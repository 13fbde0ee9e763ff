import DecimalJs from 'decimal.js';

/**
 * The one decimal type of the product. Money, rates and scores are never binary floats:
 * 40 significant digits and half-up rounding (四舍五入), the rounding of the official tables.
 */
export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** A canonical decimal string: no exponent, no trailing zeros (`"1.640000"` → `"1.64"`). */
export function canonical(value: DecimalJs.Value): string {
  const d = new Dec(value);
  const fixed = d.toFixed();
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Half-up rounding to `places` decimals, returned with exactly that many decimals (`"5.13"`). */
export function round(value: DecimalJs.Value, places = 2): string {
  return new Dec(value).toDecimalPlaces(places, DecimalJs.ROUND_HALF_UP).toFixed(places);
}

/** A strict decimal literal as users type it: optional sign, digits, optional fraction. */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}
