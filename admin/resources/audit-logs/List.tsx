import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { canRoleAccess } from '../../providers/permissions';
import { DateTimeField } from '../../common/DateTimeField';
import {
  AUDIT_ACTIONS,
  AUDITED_RESOURCES,
  ActionField,
  ResourceNameField,
  useActionLabel,
  useResourceName,
} from './AuditFields';

/** Filters: 业务对象, 操作, 操作人, 记录ID. Only admins may list users, so only they get a picker. */
const useFilters = (): ReactElement[] => {
  const { permissions: role } = usePermissions<string | undefined>();
  const translate = useTranslate();
  const actionLabel = useActionLabel();
  const resourceName = useResourceName();
  const userFilter = canRoleAccess(role, 'users', 'list') ? (
    <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
      <AutocompleteInput
        label={translate('resources.audit-logs.fields.username')}
        optionText={(user: { name?: string; username?: string }) =>
          `${user.name ?? ''}（${user.username ?? ''}）`
        }
        filterToQuery={(q: string) => ({ q })}
      />
    </ReferenceInput>
  ) : (
    <TextInput key="userId" source="userId" alwaysOn />
  );
  return [
    <SelectInput
      key="resource"
      source="resource"
      alwaysOn
      choices={AUDITED_RESOURCES.map((id) => ({ id, name: resourceName(id) }))}
    />,
    <SelectInput
      key="action"
      source="action"
      alwaysOn
      choices={AUDIT_ACTIONS.map((id) => ({ id, name: actionLabel(id) }))}
    />,
    userFilter,
    <TextInput key="resourceId" source="resourceId" />,
  ];
};

const AuditLogList = () => {
  const filters = useFilters();
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="at">
          <DateTimeField source="at" />
        </DataTable.Col>
        <DataTable.Col source="username" />
        <DataTable.Col source="action">
          <ActionField />
        </DataTable.Col>
        <DataTable.Col source="resource">
          <ResourceNameField />
        </DataTable.Col>
        <DataTable.Col source="resourceId" />
      </DataTable>
    </List>
  );
};

export default AuditLogList;
