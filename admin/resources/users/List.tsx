import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { ROLE_CHOICES, orgOptionText } from '../../common/choices';
import { DateTimeField } from '../../common/DateTimeField';
import { UserStatusField } from './UserFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="用户名或姓名" />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
  <ReferenceInput key="orgId" source="orgId" reference="orgs" alwaysOn>
    <AutocompleteInput optionText={orgOptionText} filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

const UserList = () => (
  <List filters={filters} sort={{ field: 'username', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="name" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={ROLE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="orgId">
        <ReferenceField source="orgId" reference="orgs" link="show" />
      </DataTable.Col>
      <DataTable.Col source="disabled" label="app.users.status">
        <UserStatusField />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default UserList;
