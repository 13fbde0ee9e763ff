import { useGetList } from 'react-admin';

export interface DataYears {
  /** The year to open with: the latest with a self-evaluation, else with a project. */
  latest: number;
  /** Every year from the first to the last with data (and at least `latest`). */
  options: number[];
  isPending: boolean;
}

const ONE = { page: 1, perPage: 1 };

/** The span of years of the caller's subtree, read from the first and last project and the last
 *  self-evaluation (three one-row list calls: the server has no "years" endpoint). */
export function useDataYears(): DataYears {
  const first = useGetList<{ id: number; year: number }>('projects', {
    pagination: ONE,
    sort: { field: 'year', order: 'ASC' },
  });
  const last = useGetList<{ id: number; year: number }>('projects', {
    pagination: ONE,
    sort: { field: 'year', order: 'DESC' },
  });
  const evaluated = useGetList<{ id: number; year: number }>('evaluations', {
    pagination: ONE,
    sort: { field: 'year', order: 'DESC' },
  });
  const isPending = first.isPending || last.isPending || evaluated.isPending;
  const fallback = new Date().getFullYear();
  const latest = evaluated.data?.[0]?.year ?? last.data?.[0]?.year ?? fallback;
  const from = Math.min(first.data?.[0]?.year ?? latest, latest);
  const to = Math.max(last.data?.[0]?.year ?? latest, latest);
  const options: number[] = [];
  for (let y = to; y >= from; y--) options.push(y);
  return { latest, options, isPending };
}
