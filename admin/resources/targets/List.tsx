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
import { DOC_STATUS_CHOICES, DocStatusField, RevisionField } from '../../common/DocStatus';
import { displayAmount } from '../../common/money';
import { DateTimeField } from '../../common/DateTimeField';
import { FindingCounts } from '../../target-docs/FindingCounts';
import type { TargetRecord } from '../../target-docs/types';

const filters = (role: string | undefined) => [
  <SearchInput key="q" source="q" alwaysOn placeholder="项目编码或名称" />,
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

/** 项目绩效目标表: one row per revision, newest first. */
const TargetList = () => {
  const { permissions: role } = usePermissions<string | undefined>();
  return (
    <List
      filters={filters(role)}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      <DataTable<TargetRecord> bulkActionButtons={false} sx={listSx} rowClick="show">
        <DataTable.Col source="year" />
        <DataTable.Col source="projectCode" render={(r: TargetRecord) => r.project?.code ?? ''} />
        <DataTable.Col source="projectName" render={(r: TargetRecord) => r.project?.name ?? ''} />
        <DataTable.Col source="orgName" disableSort />
        <DataTable.Col
          source="amountTotal"
          disableSort
          align="right"
          render={(r: TargetRecord) => displayAmount(r.project?.amountTotal)}
        />
        <DataTable.Col source="revision" field={RevisionField} />
        <DataTable.Col source="status" field={DocStatusField} />
        <DataTable.Col source="findings" disableSort field={FindingCounts} />
        <DataTable.Col source="updatedAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};

export default TargetList;
