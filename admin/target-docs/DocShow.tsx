import { Box, Button, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useState, type ReactNode } from 'react';
import {
  DeleteButton,
  LinkBase,
  ListButton,
  Title,
  TopToolbar,
  useCreatePath,
  useTranslate,
} from 'react-admin';
import { DocStatusChip, revisionLabel } from '../common/DocStatus';
import { FindingsPanel } from './FindingsPanel';
import { fieldErrorsAsFindings } from './findings';
import { IndicatorTable, type TableVariant } from './IndicatorTable';
import { ReviewPanel } from './ReviewPanel';
import { useDocAction } from './useDocAction';
import { VersionsTab } from './Versions';
import type { AnyTargetRecord, TargetResource } from './types';

/**
 * The show page of a 绩效目标表 (both kinds): the official table (header block given by the
 * caller, then the indicator table), the findings, the review panel, and the 版本 tab.
 */
export const DocShow = ({
  resource,
  record,
  title,
  tableTitle,
  header,
  variant,
}: {
  resource: TargetResource;
  record: AnyTargetRecord;
  /** Page title (the browser tab and the app bar). */
  title: string;
  /** The table heading, e.g. 项目（政策）绩效目标表. */
  tableTitle: ReactNode;
  /** The head of the table (project facts or unit budget and tasks). */
  header: ReactNode;
  variant: TableVariant;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [tab, setTab] = useState<'table' | 'versions'>('table');
  const { run, pending, refusal } = useDocAction(resource, record.id, record.version);
  const actions = record.actions ?? [];
  // A refused submission carries the findings as of now: show those beside the rows.
  const findings =
    refusal && (refusal.findings.length > 0 || Object.keys(refusal.errors).length > 0)
      ? [...refusal.findings, ...fieldErrorsAsFindings(refusal.errors)].filter(
          (f, i, all) => all.findIndex((g) => g.path === f.path && g.message === f.message) === i,
        )
      : record.findings;
  return (
    <Box>
      <Title title={title} />
      <TopToolbar>
        {actions.includes('edit') && (
          <Button
            component={LinkBase}
            to={createPath({ resource, id: record.id, type: 'edit' })}
            startIcon={<EditIcon />}
            data-testid="doc-edit"
          >
            {translate('ra.action.edit')}
          </Button>
        )}
        {actions.includes('edit') && record.status === 'draft' && (
          <DeleteButton record={record} mutationMode="pessimistic" redirect="list" />
        )}
        <ListButton />
      </TopToolbar>
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        sx={{ mb: 1 }}
        flexWrap="wrap"
        useFlexGap
      >
        <DocStatusChip status={record.status} size="medium" />
        <Chip
          label={revisionLabel(record.revision)}
          variant="outlined"
          data-testid="doc-revision"
        />
        {record.current && (
          <Chip color="success" variant="outlined" label={translate('app.versions.in_force')} />
        )}
        <Typography variant="body2" color="text.secondary">
          {record.orgName}
        </Typography>
      </Stack>
      <Tabs value={tab} onChange={(_, v: 'table' | 'versions') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="table" label={translate('app.targets.tab_table')} data-testid="tab-table" />
        <Tab value="versions" label={translate('app.versions.tab')} data-testid="tab-versions" />
      </Tabs>
      {tab === 'table' ? (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', xl: 'minmax(0, 1fr) 400px' },
            alignItems: 'start',
          }}
        >
          <Stack spacing={2} sx={{ minWidth: 0 }}>
            <Box>
              {tableTitle}
              {header}
            </Box>
            <Box>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
                {translate('app.targets.indicators')}
              </Typography>
              <IndicatorTable
                rows={record.indicators ?? []}
                findings={findings}
                variant={variant}
              />
            </Box>
            <FindingsPanel
              findings={findings}
              title={refusal ? translate('app.findings.refused_title') : undefined}
            />
          </Stack>
          <ReviewPanel record={record} run={run} pending={pending} refusal={refusal} />
        </Box>
      ) : (
        <VersionsTab resource={resource} record={record} />
      )}
    </Box>
  );
};
