import {
  AutocompleteInput,
  CreateButton,
  FilterButton,
  DataTable,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { listSx } from '../../common/OfficialTable';
import { PROJECT_TYPE_CHOICES, orgOptionText, projectTypeLabel } from '../../common/choices';
import { displayAmount } from '../../common/money';
import type { ProjectRecord } from '../../target-docs/types';

const filters = (role: string | undefined) => [
  <SearchInput key="q" source="q" alwaysOn placeholder="项目编码或名称" />,
  <NumberInput key="year" source="year" alwaysOn step={1} sx={{ width: 110 }} />,
  <SelectInput key="type" source="type" choices={PROJECT_TYPE_CHOICES} alwaysOn />,
  ...(role === 'unit'
    ? []
    : [
        <ReferenceInput key="orgId" source="orgId" reference="orgs" filter={{ type: 'unit' }}>
          <AutocompleteInput optionText={orgOptionText} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>,
      ]),
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** 项目库: the projects of the caller's subtree, by year, type and keyword. */
const ProjectList = () => {
  const { permissions: role } = usePermissions<string | undefined>();
  return (
    <List
      filters={filters(role)}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable<ProjectRecord> bulkActionButtons={false} sx={listSx} rowClick="show">
        <DataTable.Col source="year" />
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="orgId" render={(r: ProjectRecord) => r.orgName ?? ''} />
        <DataTable.Col source="type" render={(r: ProjectRecord) => projectTypeLabel(r.type)} />
        <DataTable.Col
          source="amountTotal"
          label="app.projects.list_total"
          align="right"
          render={(r: ProjectRecord) => displayAmount(r.amountTotal)}
        />
        <DataTable.Col
          source="amountFiscal"
          label="app.projects.list_fiscal"
          align="right"
          disableSort
          render={(r: ProjectRecord) => displayAmount(r.amountFiscal)}
        />
      </DataTable>
    </List>
  );
};

export default ProjectList;
