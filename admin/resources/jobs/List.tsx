import { Alert, Box, Typography } from '@mui/material';
import {
  DataTable,
  List,
  SelectInput,
  usePermissions,
  useListContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { listSx } from '../../common/OfficialTable';
import type { JobView } from '../../common/exportJob';
import { JobActionsField, JobProgressField, JobStateField, JobTitleField } from './JobFields';
import { isUnfinished, JOB_STATES, JOB_TYPES, listRefetchInterval } from './model';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

const useFilters = () => {
  const translate = useTranslate();
  return [
    <SelectInput
      key="type"
      source="type"
      alwaysOn
      choices={JOB_TYPES.map((id) => ({ id, name: translate(`app.jobs.types.${id}`) }))}
    />,
    <SelectInput
      key="state"
      source="state"
      alwaysOn
      choices={JOB_STATES.map((id) => ({ id, name: translate(`app.jobs.states.${id}`) }))}
    />,
  ];
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3 }}>
      <Alert severity="info" data-testid="jobs-empty">
        {translate('app.jobs.empty')}
      </Alert>
    </Box>
  );
};

/** Says that the list refreshes itself while a job shown is unfinished. */
const RefreshHint = () => {
  const translate = useTranslate();
  const { data } = useListContext<JobView>();
  if (!data?.some(isUnfinished)) return null;
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      sx={{ px: 2, py: 0.5, display: 'block' }}
      data-testid="jobs-refreshing"
    >
      {translate('app.jobs.refreshing')}
    </Typography>
  );
};

/**
 * 后台任务: the caller's jobs (an administrator's: everyone's, with who started them), newest
 * first — a progress bar for the waiting and running ones (the list refreshes every second while
 * there are any), the reason for a failure, 下载 for a finished export.
 */
const JobList = () => {
  const { permissions: role } = usePermissions<string | undefined>();
  const filters = useFilters();
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={<Empty />}
      queryOptions={{
        refetchInterval: (query) => listRefetchInterval(query.state.data?.data as JobView[]),
      }}
    >
      <RefreshHint />
      <DataTable<JobView & { id: string }> bulkActionButtons={false} sx={listSx}>
        <DataTable.Col source="createdAt" field={DateTimeField} sx={NOWRAP} />
        <DataTable.Col source="type" sx={{ minWidth: '12em' }}>
          <JobTitleField />
        </DataTable.Col>
        {role === 'admin' && <DataTable.Col source="createdByName" disableSort sx={NOWRAP} />}
        <DataTable.Col source="state">
          <JobStateField />
        </DataTable.Col>
        <DataTable.Col source="progress" disableSort sx={{ minWidth: '16em' }}>
          <JobProgressField />
        </DataTable.Col>
        <DataTable.Col source="finishedAt" field={DateTimeField} sx={NOWRAP} />
        <DataTable.Col source="actions" disableSort sx={NOWRAP}>
          <JobActionsField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default JobList;
