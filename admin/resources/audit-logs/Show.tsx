import { Labeled, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { AuditDiff } from './AuditDiff';
import { ActionField, ResourceNameField } from './AuditFields';

/** Read-only: who did what to which record, and the fields that changed. */
const AuditLogShow = () => {
  const onError = useLoadErrorHandler();
  const translate = useTranslate();
  return (
    <Show queryOptions={{ onError }} actions={false}>
      <SimpleShowLayout>
        <DateTimeField source="at" />
        <TextField source="username" emptyText="—" />
        <TextField source="userId" emptyText="—" />
        <Labeled label="resources.audit-logs.fields.action">
          <ActionField />
        </Labeled>
        <Labeled label="resources.audit-logs.fields.resource">
          <ResourceNameField />
        </Labeled>
        <TextField source="resourceId" emptyText="—" />
        <Labeled label={translate('app.audit.changes')} fullWidth>
          <AuditDiff />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
};

export default AuditLogShow;
