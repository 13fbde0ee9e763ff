/** The dashboard's location helpers: plain functions (unit-tested without a browser). */

/** A positive integer from the query string, else undefined. */
export function intOf(value: string | null): number | undefined {
  if (value === null || !/^\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** `/?year=2023&orgId=2`: the dashboard's location, so that Back and a shared link work. */
export function dashboardSearch(year: number | undefined, orgId: number | null | undefined) {
  const params = new URLSearchParams();
  if (year !== undefined) params.set('year', String(year));
  if (orgId !== undefined && orgId !== null) params.set('orgId', String(orgId));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export const dashboardPath = (year: number | undefined, orgId: number | null | undefined) =>
  `/${dashboardSearch(year, orgId)}`;

/** `options` with `year` added in its place when it lies outside them (a typed-in URL). */
export function withYear(options: readonly number[], year: number): number[] {
  return options.includes(year) ? [...options] : [...options, year].sort((a, b) => b - a);
}
