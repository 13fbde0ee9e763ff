import { Button, Chip, Stack, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import DownloadIcon from '@mui/icons-material/Download';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useState } from 'react';
import {
  DataTable,
  List,
  SelectInput,
  TopToolbar,
  useListContext,
  useNotify,
  useRecordContext,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { listSx } from '../../common/OfficialTable';
import { NOTIFICATION_KINDS, notificationTarget, type NotificationRecord } from './links';
import { useNotificationActions } from './useNotificationActions';

const useFilters = () => {
  const translate = useTranslate();
  return [
    <SelectInput
      key="read"
      source="read"
      alwaysOn
      choices={[
        { id: false, name: translate('app.notifications.read_states.unread') },
        { id: true, name: translate('app.notifications.read_states.read') },
      ]}
    />,
    <SelectInput
      key="kind"
      source="kind"
      alwaysOn
      choices={NOTIFICATION_KINDS.map((id) => ({
        id,
        name: translate(`app.notifications.kinds.${id}`),
      }))}
    />,
  ];
};

/** Does a mark-read call and reports it; the buttons stay disabled while it runs. */
function useMarking() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** 全部标为已读: every unread message of the user (a PUT each: the API has no bulk route). */
const MarkAllReadButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { markAllRead } = useNotificationActions();
  const { busy, run } = useMarking();
  return (
    <Button
      size="small"
      startIcon={<DoneAllIcon />}
      disabled={busy}
      data-testid="notifications-mark-all-read"
      onClick={() =>
        void run(async () => {
          const count = await markAllRead();
          notify(
            count
              ? translate('app.notifications.marked_read', { count })
              : translate('app.notifications.nothing_unread'),
            { type: count ? 'success' : 'info' },
          );
        })
      }
    >
      {translate('app.notifications.mark_all_read')}
    </Button>
  );
};

const Actions = () => (
  <TopToolbar>
    <MarkAllReadButton />
  </TopToolbar>
);

/** 标为已读 for the rows ticked. */
const BulkMarkRead = () => {
  const translate = useTranslate();
  const { selectedIds } = useListContext<NotificationRecord>();
  const unselectAll = useUnselectAll('notifications');
  const { setRead } = useNotificationActions();
  const { busy, run } = useMarking();
  return (
    <Button
      size="small"
      startIcon={<MarkEmailReadIcon />}
      disabled={busy}
      data-testid="notifications-bulk-read"
      onClick={() =>
        void run(async () => {
          await setRead(selectedIds);
          unselectAll();
        })
      }
    >
      {translate('app.notifications.mark_read')}
    </Button>
  );
};

/** The title (bold while unread) over the message. */
const MessageField = () => {
  const translate = useTranslate();
  const n = useRecordContext<NotificationRecord>();
  if (!n) return null;
  return (
    <Stack spacing={0.25} data-testid="notification-row" data-read={String(n.read)}>
      <Stack direction="row" spacing={1} alignItems="center">
        {!n.read && (
          <Chip
            size="small"
            color="error"
            label={translate('app.notifications.read_states.unread')}
            sx={{ height: 20 }}
          />
        )}
        <Typography
          variant="body2"
          sx={{ fontWeight: n.read ? 400 : 700 }}
          data-testid="notification-title"
        >
          {n.title}
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {n.message}
      </Typography>
    </Stack>
  );
};

const KindField = () => {
  const translate = useTranslate();
  const n = useRecordContext<NotificationRecord>();
  if (!n) return null;
  const color =
    n.kind === 'file-ready'
      ? 'success'
      : n.kind === 'job-failed' || n.kind === 'overdue'
        ? 'error'
        : n.kind === 'deadline'
          ? 'warning'
          : 'default';
  return (
    <Chip
      size="small"
      variant="outlined"
      color={color}
      label={translate(`app.notifications.kinds.${n.kind}`, { _: n.kind })}
    />
  );
};

/** 下载 / 查看 (what the message is about) and 标为已读. */
const RowActions = () => {
  const translate = useTranslate();
  const n = useRecordContext<NotificationRecord>();
  const { open, setRead } = useNotificationActions();
  const { busy, run } = useMarking();
  if (!n) return null;
  const target = notificationTarget(n);
  return (
    <Stack direction="row" spacing={1}>
      {target && (
        <Button
          size="small"
          variant="outlined"
          disabled={busy}
          startIcon={target.kind === 'download' ? <DownloadIcon /> : <OpenInNewIcon />}
          data-testid={target.kind === 'download' ? 'notification-download' : 'notification-open'}
          onClick={() => void run(() => open(n))}
        >
          {translate(
            target.kind === 'download' ? 'app.notifications.download' : 'app.notifications.open',
          )}
        </Button>
      )}
      {!n.read && (
        <Button
          size="small"
          disabled={busy}
          data-testid="notification-mark-read"
          onClick={() => void run(() => setRead([n.id]))}
        >
          {translate('app.notifications.mark_read')}
        </Button>
      )}
    </Stack>
  );
};

/**
 * 消息通知: the caller's messages, newest first, unread ones in bold — 截止提醒 of the deadlines,
 * 文件已生成 when an export is ready, the outcome of other jobs. Each leads to what it is about.
 */
const NotificationList = () => {
  const filters = useFilters();
  return (
    <List
      filters={filters}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable<NotificationRecord>
        bulkActionButtons={<BulkMarkRead />}
        sx={listSx}
        rowSx={(n: NotificationRecord) => (n.read ? {} : { bgcolor: 'action.hover' })}
      >
        <DataTable.Col source="createdAt" field={DateTimeField} sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="kind" disableSort>
          <KindField />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort sx={{ minWidth: '20em' }}>
          <MessageField />
        </DataTable.Col>
        <DataTable.Col source="actions" disableSort>
          <RowActions />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default NotificationList;
