import { Column, ColumnOptions, ValueTransformer } from 'typeorm';
import { canonical, Dec } from '../../shared/decimal';

/**
 * How DECIMAL columns are stored. MySQL keeps DECIMAL exactly and mysql2 returns it as a string.
 * SQLite gives a DECIMAL column numeric affinity and would keep a fraction as a binary float, so in
 * the embedded mode a value is stored as an exact integer scaled by 10^scale (1.64 at scale 6 →
 * 1640000): SQLite compares, sorts and SUMs integers exactly.
 */
export type DecimalStorage = 'native' | 'scaled-integer';
let storage: DecimalStorage = 'native';

export function setDecimalStorage(mode: DecimalStorage): void {
  storage = mode;
}

export function decimalStorage(): DecimalStorage {
  return storage;
}

/** A non-negative decimal literal without superfluous leading zeros. */
const PLAIN = /^(0|[1-9]\d*)(\.\d+)?$/;

/** Reads a DECIMAL value coming from the database (a column or an aggregate such as SUM). */
export function decodeDecimal(raw: unknown, scale: number, fixed = false): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'bigint') {
    throw new TypeError(`not a decimal value from the database: ${typeof raw}`);
  }
  // MySQL sends DECIMAL as a plain literal with exactly `scale` decimals ("12.500000"): trimmed
  // as text, without building a Decimal for every column of every row read.
  if (storage === 'native' && typeof raw === 'string' && PLAIN.test(raw)) {
    const dot = raw.indexOf('.');
    if (fixed)
      return dot >= 0 && raw.length - dot - 1 === scale ? raw : new Dec(raw).toFixed(scale);
    return dot >= 0 ? raw.replace(/\.?0+$/, '') : raw;
  }
  const value =
    storage === 'scaled-integer'
      ? new Dec(String(raw)).div(new Dec(10).pow(scale))
      : new Dec(String(raw));
  return fixed ? value.toFixed(scale) : canonical(value);
}

/** Prepares a decimal string for a query parameter or a column value. */
export function encodeDecimal(value: string | null | undefined, scale: number): string | null {
  if (value === null || value === undefined) return null;
  const d = new Dec(value);
  if (storage === 'scaled-integer') return d.mul(new Dec(10).pow(scale)).toFixed(0);
  return d.toFixed(scale);
}

function transformer(scale: number, fixed: boolean): ValueTransformer {
  return {
    to: (value: unknown) => {
      if (value === null || value === undefined) return value;
      if (typeof value === 'string') return encodeDecimal(value, scale);
      return value; // FindOperator and friends pass through; TypeORM transforms their inner value
    },
    from: (value: unknown) => decodeDecimal(value, scale, fixed),
  };
}

/** A DECIMAL(precision, scale) column whose entity property is a canonical decimal string. */
export function DecimalColumn(
  /** `fixed`: read back with exactly `scale` decimals (scores, `"65.00"`); otherwise canonical. */
  options: { precision?: number; scale?: number; fixed?: boolean } & Pick<
    ColumnOptions,
    'nullable' | 'name'
  > = {},
): PropertyDecorator {
  const precision = options.precision ?? 20;
  const scale = options.scale ?? 6;
  return Column({
    type: 'decimal',
    precision,
    scale,
    nullable: options.nullable,
    name: options.name,
    transformer: transformer(scale, options.fixed ?? false),
  });
}
