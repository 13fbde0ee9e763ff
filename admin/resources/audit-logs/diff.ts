/** One line of an audit entry's before/after comparison, by flattened field path. */
export interface DiffRow {
  /** `name`, `spendPlan.q1`, `indicators.0.target`: the server's field-path notation. */
  path: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Flattens nested objects and arrays to leaf paths; empty containers stay as leaves. */
export function flattenRecord(value: unknown, prefix = '', out = new Map<string, unknown>()) {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : isPlainObject(value)
      ? Object.entries(value)
      : [];
  if (entries.length === 0) {
    if (prefix) out.set(prefix, value);
    return out;
  }
  for (const [key, child] of entries) {
    flattenRecord(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/** Equality of two leaves: JSON text, so `{}` equals `{}` and `"1.50"` differs from `"1.5"`. */
const sameLeaf = (a: unknown, b: unknown): boolean =>
  a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Rows for every field path in `before` or `after` (a created record has no `before`, a deleted
 * one no `after`), in the order of `before` then the paths that only `after` has.
 */
export function diffRecords(before: unknown, after: unknown): DiffRow[] {
  const left = isPlainObject(before) ? flattenRecord(before) : new Map<string, unknown>();
  const right = isPlainObject(after) ? flattenRecord(after) : new Map<string, unknown>();
  const paths = [...left.keys(), ...[...right.keys()].filter((path) => !left.has(path))];
  return paths.map((path) => {
    const b = left.get(path);
    const a = right.get(path);
    return { path, before: b, after: a, changed: !sameLeaf(b, a) };
  });
}

/**
 * A leaf as text: strings as they are (decimal strings are never re-formatted), booleans as
 * 是/否, `null`/missing as empty, anything else as JSON.
 */
export function formatLeaf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}
