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
} from 'react-admin';
import { listSx } from '../../common/OfficialTable';
import { orgOptionText } from '../../common/choices';
import { DateTimeField } from '../../common/DateTimeField';
import { DOC_STATUS_CHOICES, DocStatusField, RevisionField } from '../../common/DocStatus';
import { displayAmount } from '../../common/money';
import { FindingCounts } from '../../target-docs/FindingCounts';
import type { UnitTargetRecord } from '../../target-docs/types';

const filters = (role: string | undefined) => [
  ...(role === 'unit'
    ? []
    : [<SearchInput key="q" source="q" alwaysOn placeholder="单位名称或编码" />]),
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

/** 部门（单位）整体绩效目标表: one per unit and year, plus adjustments. */
const UnitTargetList = () => {
  const { permissions: role } = usePermissions<string | undefined>();
  return (
    <List
      filters={filters(role)}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      <DataTable<UnitTargetRecord> bulkActionButtons={false} sx={listSx} rowClick="show">
        <DataTable.Col source="year" />
        <DataTable.Col source="orgId" render={(r: UnitTargetRecord) => r.orgName} />
        <DataTable.Col
          source="budget.total"
          disableSort
          align="right"
          render={(r: UnitTargetRecord) => displayAmount(r.budget?.total)}
        />
        <DataTable.Col source="revision" field={RevisionField} />
        <DataTable.Col source="status" field={DocStatusField} />
        <DataTable.Col source="findings" disableSort field={FindingCounts} />
        <DataTable.Col source="updatedAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};

export default UnitTargetList;
