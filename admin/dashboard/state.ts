import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { dashboardSearch, intOf } from './params';

/**
 * The year and organisation the dashboard shows, kept in the URL (`#/?year=2023&orgId=2`): a
 * drill-down is a navigation, so the browser's Back climbs up again. No orgId: the caller's node.
 */
export function useDashboardParams(defaultYear: number | undefined) {
  const [params, setParams] = useSearchParams();
  const year = intOf(params.get('year')) ?? defaultYear;
  const orgId = intOf(params.get('orgId'));
  const go = useCallback(
    (next: { year?: number; orgId?: number | null }) => {
      const nextYear = next.year ?? year;
      const nextOrg = next.orgId === undefined ? orgId : next.orgId;
      setParams(new URLSearchParams(dashboardSearch(nextYear, nextOrg)));
    },
    [orgId, setParams, year],
  );
  return { year, orgId, go };
}
