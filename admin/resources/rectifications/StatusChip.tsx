import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import {
  RECTIFICATION_STATUS_LABELS,
  RECTIFICATION_STATUSES,
  type RectificationStatus,
} from '../../../shared/domain/results';
import type { Rectification } from './types';

const COLORS: Record<RectificationStatus, 'warning' | 'info' | 'success'> = {
  open: 'warning',
  answered: 'info',
  closed: 'success',
};

export const RECTIFICATION_STATUS_CHOICES = RECTIFICATION_STATUSES.map((id) => ({
  id,
  name: RECTIFICATION_STATUS_LABELS[id],
}));

const isStatus = (value: unknown): value is RectificationStatus =>
  typeof value === 'string' && (RECTIFICATION_STATUSES as readonly string[]).includes(value);

/** 待整改 / 已反馈（待确认）/ 已销号, plus 已逾期 when past the deadline and not closed. */
export const RectificationStatusChip = ({
  status,
  overdue,
}: {
  status: unknown;
  overdue?: boolean;
}) =>
  isStatus(status) ? (
    <Stack direction="row" spacing={0.5} sx={{ whiteSpace: 'nowrap' }}>
      <Chip
        size="small"
        color={COLORS[status]}
        variant={status === 'closed' ? 'outlined' : 'filled'}
        label={RECTIFICATION_STATUS_LABELS[status]}
        data-testid="rectification-status"
        data-status={status}
      />
      {overdue && (
        <Chip size="small" color="error" label="已逾期" data-testid="rectification-overdue" />
      )}
    </Stack>
  ) : null;

export const RectificationStatusField = () => {
  const record = useRecordContext<Rectification>();
  return record ? (
    <RectificationStatusChip status={record.status} overdue={record.overdue} />
  ) : null;
};
