import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export interface AuditLog {
  id: number | string;
  at: string;
  userId: number | string | null;
  username?: string | null;
  action: string;
  resource: string;
  resourceId: number | string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Action codes the console names in Chinese; an unknown code is shown as it is. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'login',
  'logout',
  'submit',
  'approve',
  'return',
  'adjust',
  'import',
  'export',
  'sample',
] as const;

/** Resources whose changes are logged, for the filter. */
export const AUDITED_RESOURCES = [
  'orgs',
  'users',
  'projects',
  'targets',
  'unit-targets',
  'indicators',
  'monitoring',
  'evaluations',
  'templates',
] as const;

export const useActionLabel = () => {
  const translate = useTranslate();
  return (action: string) => translate(`app.audit.actions.${action}`, { _: action });
};

export const useResourceName = () => {
  const translate = useTranslate();
  return (resource: string) => translate(`resources.${resource}.name`, { _: resource });
};

const ACTION_COLORS: Record<string, 'success' | 'warning' | 'error' | 'info' | 'default'> = {
  create: 'success',
  update: 'info',
  delete: 'error',
  return: 'warning',
  approve: 'success',
};

export const ActionField = () => {
  const record = useRecordContext<AuditLog>();
  const actionLabel = useActionLabel();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={ACTION_COLORS[record.action] ?? 'default'}
      label={actionLabel(record.action)}
    />
  );
};

export const ResourceNameField = () => {
  const record = useRecordContext<AuditLog>();
  const resourceName = useResourceName();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {resourceName(record.resource)}
    </Typography>
  );
};
