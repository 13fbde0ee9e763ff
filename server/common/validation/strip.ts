import { READ_ONLY_FIELDS } from './fields';

/**
 * Removes, at every depth, the read-only fields a DTO class declares (react-admin sends whole
 * records back, computed fields included). Runs on the transformed instance tree.
 */
export function stripReadOnly(value: unknown, depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > 10) return;
  if (Array.isArray(value)) {
    for (const item of value) stripReadOnly(item, depth + 1);
    return;
  }
  const fields =
    (Reflect.getMetadata(READ_ONLY_FIELDS, value.constructor) as string[] | undefined) ?? [];
  for (const field of fields) delete (value as Record<string, unknown>)[field];
  for (const child of Object.values(value)) stripReadOnly(child, depth + 1);
}
