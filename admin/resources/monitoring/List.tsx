import { Box, Chip, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  useDataProvider,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { LIGHTS, type Light } from '../../../shared/monitoring';
import { orgOptionText } from '../../common/choices';
import { DateTimeField } from '../../common/DateTimeField';
import { DOC_STATUS_CHOICES, DocStatusField } from '../../common/DocStatus';
import { ExportJobButton } from '../../common/ExportJobButton';
import { fetchAll } from '../../common/fetchAll';
import { ImportJobButton } from '../../common/ImportJobButton';
import { LightChip, LightDot } from '../../common/LightChip';
import { displayAmount } from '../../common/money';
import { listSx } from '../../common/OfficialTable';
import type { MonitoringRecord } from './types';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `${i + 1} 月` }));

const filters = (role: string | undefined) => [
  <SearchInput key="q" source="q" alwaysOn placeholder="项目或单位名称" />,
  <NumberInput key="year" source="year" alwaysOn step={1} sx={{ width: 110 }} />,
  <SelectInput key="month" source="month" choices={MONTHS} />,
  <SelectInput key="status" source="status" choices={DOC_STATUS_CHOICES} alwaysOn />,
  ...(role === 'unit'
    ? []
    : [
        <ReferenceInput key="orgId" source="orgId" reference="orgs" filter={{ type: 'unit' }}>
          <AutocompleteInput optionText={orgOptionText} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>,
      ]),
];

const LAGGING: Light[] = ['red', 'yellow'];

const sameLights = (a: unknown, b: readonly Light[]) => {
  const list = Array.isArray(a) ? a : a === undefined ? [] : [a];
  return list.length === b.length && b.every((l) => list.includes(l));
};

/**
 * 预警 quick filter: every report, the lagging ones (红灯 and 黄灯, the reviewers' worklist), or
 * one light.
 */
const LightQuickFilter = () => {
  const translate = useTranslate();
  const list = useListContext();
  const filterValues = list.filterValues as Record<string, unknown>;
  const current = filterValues.overallLight;
  const choose = (lights: readonly Light[]) => {
    const { overallLight: _drop, ...rest } = filterValues;
    list.setFilters(
      lights.length ? { ...rest, overallLight: [...lights] } : rest,
      list.displayedFilters as Record<string, boolean>,
    );
  };
  const options: { key: string; lights: Light[]; label: string }[] = [
    { key: 'all', lights: [], label: translate('app.monitoring.quick.all') },
    { key: 'lagging', lights: LAGGING, label: translate('app.monitoring.quick.lagging') },
    ...LIGHTS.map((l) => ({ key: l, lights: [l], label: translate(`app.lights.short.${l}`) })),
  ];
  return (
    <Stack
      direction="row"
      spacing={1}
      alignItems="center"
      sx={{ px: 2, pt: 1.5, pb: 0.5 }}
      flexWrap="wrap"
      useFlexGap
      data-testid="light-quick-filter"
    >
      <Typography variant="body2" color="text.secondary">
        {translate('app.monitoring.quick.label')}
      </Typography>
      {options.map((o) => {
        const active = sameLights(current, o.lights);
        return (
          <Chip
            key={o.key}
            label={o.label}
            icon={o.lights.length === 1 ? <LightDot light={o.lights[0]} /> : undefined}
            color={active ? 'primary' : 'default'}
            variant={active ? 'filled' : 'outlined'}
            onClick={() => choose(o.lights)}
            data-testid={`quick-${o.key}`}
            data-active={active}
            sx={{ '& .MuiChip-icon': { ml: '8px' } }}
          />
        );
      })}
    </Stack>
  );
};

/** The server's limit of documents in one workbook (one sheet each). */
const MAX_SHEETS = 200;

/**
 * 筛选; 导出 of every report of the current filter, in list order (the 绩效运行监控表, one sheet
 * each); 导入 of such a workbook filled in Excel (the unit's clerk); 新建.
 */
const Actions = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const { sort, total, ...list } = useListContext<MonitoringRecord>();
  const filterValues = list.filterValues as Record<string, unknown>;
  return (
    <TopToolbar>
      <FilterButton />
      <ExportJobButton
        type="monitoring"
        label={translate('app.exports.monitoring')}
        testId="monitoring-export"
        disabled={!total}
        getIds={async () => {
          if ((total ?? 0) > MAX_SHEETS)
            throw new Error(
              translate('app.exports.too_many', {
                max: MAX_SHEETS,
                what: translate('app.exports.what.monitoring'),
                total,
              }),
            );
          const rows = await fetchAll<MonitoringRecord>(
            dataProvider,
            'monitoring',
            sort,
            filterValues,
            MAX_SHEETS,
          );
          return rows.map((r) => Number(r.id));
        }}
      />
      <ImportJobButton type="monitoring" testId="monitoring-import" />
      <CreateButton />
    </TopToolbar>
  );
};

/** 绩效运行监控: one row per report, its worst light first in the reviewer's eye. */
const MonitoringList = () => {
  const { permissions: role } = usePermissions<string | undefined>();
  return (
    <List
      filters={filters(role)}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <LightQuickFilter />
      <Box>
        <DataTable<MonitoringRecord> bulkActionButtons={false} sx={listSx} rowClick="show">
          <DataTable.Col source="year" />
          <DataTable.Col source="month" render={(r: MonitoringRecord) => `${r.month} 月`} />
          <DataTable.Col source="title" />
          {role !== 'unit' && <DataTable.Col source="orgName" disableSort />}
          <DataTable.Col
            source="budget"
            disableSort
            align="right"
            render={(r: MonitoringRecord) => displayAmount(r.budget)}
          />
          <DataTable.Col
            source="executed"
            disableSort
            align="right"
            render={(r: MonitoringRecord) => displayAmount(r.executed)}
          />
          <DataTable.Col
            source="rate"
            disableSort
            align="right"
            render={(r: MonitoringRecord) =>
              r.lights?.execution?.rate ? `${r.lights.execution.rate}%` : '—'
            }
          />
          <DataTable.Col
            source="overallLight"
            render={(r: MonitoringRecord) => (
              <LightChip
                light={r.overallLight}
                testId="list-light"
                explanation={r.lights?.execution?.explanation}
              />
            )}
          />
          <DataTable.Col source="status" field={DocStatusField} />
          <DataTable.Col source="updatedAt" field={DateTimeField} />
        </DataTable>
      </Box>
    </List>
  );
};

export default MonitoringList;
