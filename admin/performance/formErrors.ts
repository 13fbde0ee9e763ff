import type { DocFinding } from '../target-docs/types';

/**
 * The errors react-hook-form holds under `root` (set by react-admin from a refused save's
 * `{ errors: { "indicators.3.score": "…" } }`, or by validation), flattened to findings with
 * dotted paths: `indicators.3.score`, `indicators.0.reasons.funding`.
 */
export function fieldErrorsOf(errors: unknown, root: string): DocFinding[] {
  const out: DocFinding[] = [];
  const walk = (value: unknown, path: string) => {
    if (!value || typeof value !== 'object') return;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') {
      out.push({ code: 'VALIDATION', severity: 'error', path, message });
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      // `ref` is the DOM element react-hook-form keeps beside an error, not a sub-error.
      if (key === 'message' || key === 'type' || key === 'ref' || key === 'types') continue;
      walk(child, `${path}.${key}`);
    }
  };
  walk((errors as Record<string, unknown> | undefined)?.[root], root);
  return out;
}

/** The message of the error at `path` (`indicators.3.score`) in a list from fieldErrorsOf. */
export const errorAt = (errors: readonly DocFinding[], path: string): string | undefined =>
  errors.find((e) => e.path === path)?.message;
