import type { DataProvider, RaRecord, SortPayload } from 'react-admin';

/** The server's largest page (list-query: "每页最多 1000 条"). */
const PAGE = 1000;

/**
 * Every row of a list for a filter, page by page (for an export of "all rows of the current
 * filter"), up to `max` rows.
 */
export async function fetchAll<T extends RaRecord>(
  dataProvider: DataProvider,
  resource: string,
  sort: SortPayload,
  filter: Record<string, unknown>,
  max = 10000,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; rows.length < max; page++) {
    const { data, total } = await dataProvider.getList<T>(resource, {
      pagination: { page, perPage: PAGE },
      sort,
      filter,
    });
    rows.push(...data);
    if (data.length < PAGE || (total !== undefined && rows.length >= total)) break;
  }
  return rows.slice(0, max);
}
