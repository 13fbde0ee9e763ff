import { Box, Chip, Tab, Tabs, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { revisionLabel } from '../common/DocStatus';
import { IndicatorTable, type TableVariant } from './IndicatorTable';
import { ReviewableDocPage } from './ReviewableDocPage';
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
  const [tab, setTab] = useState<'table' | 'versions'>('table');
  return (
    <ReviewableDocPage
      resource={resource}
      record={record}
      title={title}
      storedFindings={record.findings}
      panelWidth={400}
      chips={
        <>
          <Chip
            label={revisionLabel(record.revision)}
            variant="outlined"
            data-testid="doc-revision"
          />
          {record.current && (
            <Chip color="success" variant="outlined" label={translate('app.versions.in_force')} />
          )}
        </>
      }
      tabs={
        <Tabs value={tab} onChange={(_, v: 'table' | 'versions') => setTab(v)} sx={{ mb: 2 }}>
          <Tab value="table" label={translate('app.targets.tab_table')} data-testid="tab-table" />
          <Tab value="versions" label={translate('app.versions.tab')} data-testid="tab-versions" />
        </Tabs>
      }
      alternate={
        tab === 'versions' ? <VersionsTab resource={resource} record={record} /> : undefined
      }
    >
      {(findings) => (
        <>
          <Box>
            {tableTitle}
            {header}
          </Box>
          <Box>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
              {translate('app.targets.indicators')}
            </Typography>
            <IndicatorTable rows={record.indicators ?? []} findings={findings} variant={variant} />
          </Box>
        </>
      )}
    </ReviewableDocPage>
  );
};
