import type { Severity } from '../../shared/scoring';

/**
 * A row with an error or a warning is tinted, cell by cell (a `<tr>` background does not paint
 * evenly under merged cells); the merged 一级 / 二级 cells keep their own colour.
 */
export const ROW_TINT_SX = {
  '& tr.tint-error > td:not(.group)': { bgcolor: 'rgba(211, 47, 47, 0.06)' },
  '& tr.tint-warning > td:not(.group)': { bgcolor: 'rgba(237, 108, 2, 0.07)' },
};

export const tintClass = (severity: Severity | undefined): string | undefined =>
  severity === 'error' || severity === 'warning' ? `tint-${severity}` : undefined;
