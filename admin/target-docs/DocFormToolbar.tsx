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

/** A target table that is not editable: an approved one changes through 发起调整. */
export const TargetNotEditable = ({
  resource,
  record,
}: {
  resource: 'targets' | 'unit-targets';
  record: { id: number; status: string };
}) => (
  <NotEditable
    resource={resource}
    id={record.id}
    message={
      record.status === 'approved'
        ? 'app.targets.not_editable_approved'
        : 'app.targets.not_editable'
    }
  />
);
