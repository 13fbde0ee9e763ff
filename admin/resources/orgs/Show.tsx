import {
  DataTable,
  Labeled,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { OrgType } from '../../../shared/domain/enums';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { OrgTypeField } from './OrgTypeField';

/** The organisations directly under this one; 预算单位 are leaves and have none. */
const Children = () => {
  const record = useRecordContext<{ type?: OrgType }>();
  const translate = useTranslate();
  if (!record || record.type === 'unit') return null;
  return (
    <Labeled label={translate('app.orgs.children')} fullWidth>
      <ReferenceManyField
        reference="orgs"
        target="parentId"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination />}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="code" />
          <DataTable.Col source="name" />
          <DataTable.Col source="type">
            <OrgTypeField />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Labeled>
  );
};

const OrgShow = () => {
  const onError = useLoadErrorHandler();
  const translate = useTranslate();
  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <Labeled label="resources.orgs.fields.type">
          <OrgTypeField />
        </Labeled>
        <ReferenceField
          source="parentId"
          reference="orgs"
          link="show"
          emptyText={translate('app.orgs.no_parent')}
        />
        <Children />
      </SimpleShowLayout>
    </Show>
  );
};

export default OrgShow;
