import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** 启用 / 停用 from the `disabled` flag. */
export const UserStatusField = () => {
  const record = useRecordContext<{ disabled?: boolean }>();
  const translate = useTranslate();
  if (!record) return null;
  return record.disabled ? (
    <Chip size="small" color="default" label={translate('app.users.disabled')} />
  ) : (
    <Chip size="small" color="success" variant="outlined" label={translate('app.users.enabled')} />
  );
};
