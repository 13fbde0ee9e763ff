/**
 * A react-admin validator: a non-blank value must match `pattern`, else `message` (a translation
 * key or Chinese text). Blank values are left to `required()`.
 */
export const matches =
  (pattern: RegExp, message: string) =>
  (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== '' && !pattern.test(value.trim())
      ? message
      : undefined;
