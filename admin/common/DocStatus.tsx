import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { DOC_STATUS_LABELS, DOC_STATUSES, type DocStatus } from '../../shared/domain/enums';

const COLORS: Record<DocStatus, 'default' | 'info' | 'primary' | 'success' | 'error'> = {
  draft: 'default',
  submitted: 'info',
  dept_approved: 'primary',
  approved: 'success',
  returned: 'error',
};

export const DOC_STATUS_CHOICES = DOC_STATUSES.map((id) => ({ id, name: DOC_STATUS_LABELS[id] }));

export const isDocStatus = (value: unknown): value is DocStatus =>
  typeof value === 'string' && (DOC_STATUSES as readonly string[]).includes(value);

/** 草稿 / 已提交（待主管部门审核）/ … / 已批复 / 已退回 as a coloured chip. */
export const DocStatusChip = ({
  status,
  size = 'small',
  testId = 'doc-status',
}: {
  status: unknown;
  size?: 'small' | 'medium';
  testId?: string;
}) => {
  if (!isDocStatus(status)) return null;
  return (
    <Chip
      size={size}
      color={COLORS[status]}
      variant={status === 'draft' ? 'outlined' : 'filled'}
      label={DOC_STATUS_LABELS[status]}
      data-testid={testId}
      data-status={status}
    />
  );
};

/** 第 1 版 / 第 2 版（调整）: a revision after the first one is an adjustment. */
export const revisionLabel = (revision: number): string =>
  `第 ${revision} 版${revision > 1 ? '（调整）' : ''}`;

/** For lists: the status chip of the row's record. */
export const DocStatusField = () => {
  const record = useRecordContext<{ status?: string }>();
  return <DocStatusChip status={record?.status} />;
};

/** For lists: "第 2 版（调整）" plus 现行 when the revision is the approved baseline. */
export const RevisionField = () => {
  const record = useRecordContext<{ revision?: number; current?: boolean }>();
  if (!record?.revision) return null;
  return (
    <Stack direction="row" spacing={0.5} alignItems="center">
      <span>{revisionLabel(record.revision)}</span>
      {record.current && <Chip size="small" variant="outlined" color="success" label="现行" />}
    </Stack>
  );
};
