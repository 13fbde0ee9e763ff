import { Box, Breadcrumbs, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { LinkBase, useGetMany, useGetOne, useTranslate } from 'react-admin';
import { ORG_TYPE_LABELS } from '../../shared/domain/enums';
import type { Identity } from '../providers/authProvider';
import { dashboardPath, withYear } from './params';
import type { OrgRef } from './types';

interface OrgRecord {
  id: number;
  name: string;
  path: string;
}

/** `/1/2/3/` → [1, 2, 3] */
const pathIds = (path: string): number[] => path.split('/').filter(Boolean).map(Number);

/**
 * 全部区域 › 洛阳市西工区 › 社创办 › 社创办（本级）: from the caller's own node down to the one shown;
 * each step above the current one leads back up.
 */
export const OrgTrail = ({ user, org, year }: { user: Identity; org: OrgRef; year: number }) => {
  const translate = useTranslate();
  const own = user.orgId === null || user.orgId === undefined ? null : Number(user.orgId);
  const { data: current } = useGetOne<OrgRecord>(
    'orgs',
    { id: org.id ?? 0 },
    { enabled: org.id !== null && org.id !== own },
  );
  const ids = current ? pathIds(current.path) : [];
  const from = own === null ? 0 : ids.indexOf(own);
  const above = from < 0 ? [] : ids.slice(from, -1);
  const { data: ancestors = [] } = useGetMany<OrgRecord>(
    'orgs',
    { ids: above },
    { enabled: above.length > 0 },
  );
  const steps: { id: number | null; name: string }[] = [];
  if (own === null && org.id !== null)
    steps.push({ id: null, name: translate('app.dashboard.all') });
  for (const id of above) {
    const found = ancestors.find((a) => Number(a.id) === id);
    if (found) steps.push({ id, name: found.name });
  }
  return (
    <Breadcrumbs
      separator={<NavigateNextIcon fontSize="small" />}
      aria-label={translate('app.dashboard.trail')}
      data-testid="org-trail"
    >
      {steps.map((step) => (
        <LinkBase
          key={step.id ?? 'root'}
          to={dashboardPath(year, step.id === own ? null : step.id)}
          data-testid={`trail-${step.id ?? 'root'}`}
          style={{ color: 'inherit' }}
        >
          {step.name}
        </LinkBase>
      ))}
      <Typography color="text.primary" sx={{ fontWeight: 600 }} data-testid="trail-current">
        {org.name}
      </Typography>
    </Breadcrumbs>
  );
};

/** 年度: the years with data, newest first. */
export const YearSelect = ({
  year,
  options,
  onChange,
}: {
  year: number;
  options: number[];
  onChange: (year: number) => void;
}) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate('app.dashboard.year')}
      value={year}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ width: 120 }}
      slotProps={{ htmlInput: { 'data-testid': 'year-select' } }}
      data-testid="year-field"
    >
      {withYear(options, year).map((y) => (
        <MenuItem key={y} value={y} data-testid={`year-${y}`}>
          {`${y} 年`}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** The page heading: title, the organisation with its type, the trail and the year. */
export const DashboardHeader = ({
  title,
  user,
  org,
  year,
  years,
  onYear,
}: {
  title: string;
  user: Identity;
  org: OrgRef;
  year: number;
  years: number[];
  onYear: (year: number) => void;
}) => (
  <Stack
    direction={{ xs: 'column', md: 'row' }}
    spacing={1.5}
    alignItems={{ xs: 'flex-start', md: 'center' }}
    sx={{ mb: 2 }}
  >
    <Box sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="h5" component="h1" data-testid="dashboard-title">
          {title}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          label={org.type ? ORG_TYPE_LABELS[org.type] : '全部'}
          data-testid="dashboard-org-type"
        />
      </Stack>
      <OrgTrail user={user} org={org} year={year} />
    </Box>
    <Box sx={{ flex: 1 }} />
    <YearSelect year={year} options={years} onChange={onYear} />
  </Stack>
);
