import type { ReactNode } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  usePermissions,
  type RaRecord,
} from 'react-admin';
import { orgOptionText } from '../common/choices';
import { DateTimeField } from '../common/DateTimeField';
import { DOC_STATUS_CHOICES, DocStatusField, RevisionField } from '../common/DocStatus';
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

/**
 * A list of 绩效目标表 (one row per revision, newest first): the caller's columns, then 版本,
 * 状态, 审核提示 and 更新时间.
 */
export const TargetDocList = <R extends RaRecord>({
  search,
  searchForUnits,
  children,
}: {
  /** The search box's placeholder. */
  search: string;
  /** Whether a unit's user sees the search box too (it searches its own documents). */
  searchForUnits: boolean;
  children: ReactNode;
}) => {
  const { permissions: role } = usePermissions<string | undefined>();
  return (
    <List
      filters={filters(role, search, searchForUnits)}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
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
