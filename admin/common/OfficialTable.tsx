import { Box, Typography, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

/** A plain style object (no array, no theme callback): tables merge theirs with the caller's. */
type StyleObject = Exclude<SxProps<Theme>, ReadonlyArray<unknown> | ((theme: Theme) => unknown)>;

/**
 * The look of the paper tables (绩效目标表, 自评表): ruled cells, grey label cells, centred
 * headings. Plain <table> markup so that rowSpan / colSpan work as on paper.
 */
export const officialTableSx: StyleObject = {
  width: '100%',
  borderCollapse: 'collapse',
  tableLayout: 'auto',
  fontSize: 14,
  lineHeight: 1.6,
  bgcolor: 'background.paper',
  '& th, & td': {
    border: '1px solid',
    borderColor: 'grey.500',
    px: 1,
    py: 0.75,
    verticalAlign: 'middle',
    textAlign: 'left',
  },
  '& th': {
    bgcolor: 'grey.100',
    fontWeight: 600,
    textAlign: 'center',
  },
  '& td.num': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  '& td.center': { textAlign: 'center' },
  '& td.group': { textAlign: 'center', bgcolor: 'grey.50', fontWeight: 500 },
};

export const OfficialTable = ({
  children,
  testId,
  sx,
}: {
  children: ReactNode;
  testId?: string;
  sx?: StyleObject;
}) => (
  // width 0 + min-width 100%: a wide table scrolls inside its container instead of widening the
  // page (its min-content width does not propagate to the layout's flex item).
  <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
    <Box component="table" data-testid={testId} sx={{ ...officialTableSx, ...sx }}>
      {children}
    </Box>
  </Box>
);

/** "项目（政策）绩效目标表" centred, "（2021 年度）" under it, "单位：万元" on the right. */
export const OfficialTitle = ({
  title,
  subtitle,
  unit,
}: {
  title: string;
  subtitle?: string;
  unit?: string;
}) => (
  <Box sx={{ mb: 1 }}>
    <Typography variant="h6" component="h2" align="center" sx={{ fontWeight: 600 }}>
      {title}
    </Typography>
    {subtitle && (
      <Typography variant="body2" align="center" color="text.secondary">
        {subtitle}
      </Typography>
    )}
    {unit && (
      <Typography variant="body2" align="right" color="text.secondary">
        {unit}
      </Typography>
    )}
  </Box>
);

/** Lists: headers on one line, amounts right-aligned with tabular figures. */
export const listSx: SxProps<Theme> = {
  '& .MuiTableCell-head': { whiteSpace: 'nowrap' },
  '& .MuiTableCell-alignRight': { fontVariantNumeric: 'tabular-nums' },
};
