import type { ReactElement, ReactNode } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
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
  type RaRecord,
} from 'react-admin';
import { orgOptionText } from '../common/choices';
import { DateTimeField } from '../common/DateTimeField';
import { DOC_STATUS_CHOICES, DocStatusField, RevisionField } from '../common/DocStatus';
import { ExportJobButton } from '../common/ExportJobButton';
import { fetchAll } from '../common/fetchAll';
import { ImportJobButton } from '../common/ImportJobButton';
import { listSx } from '../common/OfficialTable';
import { FindingCounts } from './FindingCounts';

/** 搜索, 年度, 状态, 单位 (above a unit) and 仅现行版本: the filters of both target lists. */
const filters = (role: string | undefined, search: string, searchForUnits: boolean) => [
  ...(role === 'unit' && !searchForUnits
    ? []
    : [<SearchInput key="q" source="q" alwaysOn placeholder={search} />]),
  <NumberInput key="year" source="year" alwaysOn step={1} sx={{ width: 110 }} />,
  <SelectInput key="status" source="status" choices={DOC_STATUS_CHOICES} alwaysOn />,
  ...(role === 'unit'
    ? []
    : [
        <ReferenceInput key="orgId" source="orgId" reference="orgs" filter={{ type: 'unit' }}>
          <AutocompleteInput optionText={orgOptionText} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>,
      ]),
  <BooleanInput key="current" source="current" />,
];

/** The server's limit of documents in one workbook (one sheet each). */
const MAX_SHEETS = 200;

/**
 * The toolbar of both target lists: 筛选; 导出 of every table of the current filter, in list order
 * (one sheet each, the official layout); 导入 of such a workbook filled in Excel (the unit's clerk);
 * 新建.
 */
export const TargetDocActions = ({ type }: { type: 'targets' | 'unit-targets' }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const { sort, total, ...list } = useListContext();
  const filterValues = list.filterValues as Record<string, unknown>;
  return (
    <TopToolbar>
      <FilterButton />
      <ExportJobButton
        type={type}
        label={translate('app.exports.targets')}
        testId={`${type}-export`}
        disabled={!total}
        getIds={async () => {
          if ((total ?? 0) > MAX_SHEETS)
            throw new Error(
              translate('app.exports.too_many', {
                max: MAX_SHEETS,
                what: translate('app.exports.what.targets'),
                total,
              }),
            );
          const rows = await fetchAll(dataProvider, type, sort, filterValues, MAX_SHEETS);
          return rows.map((r) => Number(r.id));
        }}
      />
      <ImportJobButton type={type} testId={`${type}-import`} />
      <CreateButton />
    </TopToolbar>
  );
};

/**
 * A list of 绩效目标表 (one row per revision, newest first): the caller's columns, then 版本,
 * 状态, 审核提示 and 更新时间.
 */
export const TargetDocList = <R extends RaRecord>({
  search,
  searchForUnits,
  actions,
  children,
}: {
  /** The search box's placeholder. */
  search: string;
  /** Whether a unit's user sees the search box too (it searches its own documents). */
  searchForUnits: boolean;
  /** The toolbar above the list (筛选, 导出, 导入, 新建); react-admin's default without it. */
  actions?: ReactElement;
  children: ReactNode;
}) => {
  const { permissions: role } = usePermissions<string | undefined>();
  return (
    <List
      filters={filters(role, search, searchForUnits)}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={actions}
    >
      <DataTable<R> bulkActionButtons={false} sx={listSx} rowClick="show">
        {children}
        <DataTable.Col source="revision" field={RevisionField} />
        <DataTable.Col source="status" field={DocStatusField} />
        <DataTable.Col source="findings" disableSort field={FindingCounts} />
        <DataTable.Col source="updatedAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};
