import { Alert } from '@mui/material';
import { Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { RectificationFields } from './RectificationForm';
import type { Rectification } from './types';

const Header = () => {
  const translate = useTranslate();
  const record = useRecordContext<Rectification>();
  if (!record) return null;
  return (
    <Alert severity={record.status === 'open' ? 'info' : 'warning'} sx={{ mb: 2, width: '100%' }}>
      {record.status === 'open'
        ? `${record.title}（${record.orgName}）`
        : translate('app.rectifications.not_editable')}
    </Alert>
  );
};

/** 修改整改要求 (财政局) while the item is open; the version guards a concurrent change. */
const RectificationEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ onError }}>
      <SimpleForm>
        <Header />
        <RectificationFields create={false} />
      </SimpleForm>
    </Edit>
  );
};

export default RectificationEdit;
