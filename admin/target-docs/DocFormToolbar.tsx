import { Alert } from '@mui/material';
import {
  DeleteButton,
  LinkBase,
  SaveButton,
  Toolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ReviewableResource } from './types';

/** 保存, and 删除 for a draft only (the server deletes nothing else). */
export const DocFormToolbar = () => {
  const record = useRecordContext<{ status?: string }>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record?.status === 'draft' && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};

/** Said instead of the form when the document is not editable (only drafts and returned ones are). */
export const NotEditable = ({
  resource,
  id,
  message,
}: {
  resource: ReviewableResource;
  id: number;
  /** The translation key of why. */
  message: string;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Alert severity="warning" sx={{ m: 2 }} data-testid="not-editable">
      {translate(message)}{' '}
      <LinkBase to={createPath({ resource, id, type: 'show' })}>
        {translate('app.targets.back_to_show')}
      </LinkBase>
    </Alert>
  );
};
