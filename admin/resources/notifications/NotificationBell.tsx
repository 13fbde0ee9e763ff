import {
  Badge,
  Divider,
  IconButton,
  ListItemText,
  Menu,
  MenuItem,
  Tooltip,
  Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { useEffect, useState } from 'react';
import { LinkBase, useGetList, useTranslate } from 'react-admin';
import { jobActivity } from '../../common/exportJob';
import { IDLE_POLL_MS } from '../jobs/model';
import type { NotificationRecord } from './links';
import { useNotificationActions } from './useNotificationActions';

/** How many unread messages the bell's menu lists. */
const SHOWN = 5;

const when = (at: string) =>
  new Date(at).toLocaleString('zh-CN', {
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });

/**
 * The bell of the app bar: the number of unread messages (looked up every 20 s, and at once when
 * a job of this tab starts or ends), and a menu of the latest ones — a click opens what the
 * message is about (a ready file downloads) and marks it read.
 */
export const NotificationBell = () => {
  const translate = useTranslate();
  const { open } = useNotificationActions();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const {
    data = [],
    total = 0,
    refetch,
  } = useGetList<NotificationRecord>(
    'notifications',
    {
      filter: { read: false },
      pagination: { page: 1, perPage: SHOWN },
      sort: { field: 'id', order: 'DESC' },
    },
    { refetchInterval: IDLE_POLL_MS, refetchOnWindowFocus: true },
  );
  useEffect(
    () =>
      jobActivity.subscribe((event) => {
        if (event !== 'released') void refetch();
      }),
    [refetch],
  );

  const label =
    total > 0
      ? translate('app.notifications.unread', { count: total })
      : translate('app.notifications.none_unread');
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={`${translate('app.notifications.bell')}：${label}`}
          onClick={(event) => setAnchor(event.currentTarget)}
          data-testid="notification-bell"
          data-unread={total}
        >
          <Badge badgeContent={total} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 380, maxWidth: '90vw' } } }}
        data-testid="notification-menu"
      >
        {data.length === 0 && (
          <MenuItem disabled>
            <Typography variant="body2">{translate('app.notifications.none_unread')}</Typography>
          </MenuItem>
        )}
        {data.map((n) => (
          <MenuItem
            key={n.id}
            onClick={() => {
              setAnchor(null);
              void open(n);
            }}
            data-testid="notification-menu-item"
            sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}
          >
            <ListItemText
              primary={n.title}
              secondary={`${translate(`app.notifications.kinds.${n.kind}`, { _: n.kind })} · ${when(n.createdAt)}`}
              slotProps={{ primary: { sx: { fontWeight: 600 }, variant: 'body2' } }}
            />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          component={LinkBase}
          to="/notifications"
          onClick={() => setAnchor(null)}
          data-testid="notification-menu-all"
        >
          <Typography variant="body2" color="primary">
            {translate('app.notifications.all')}
          </Typography>
        </MenuItem>
      </Menu>
    </>
  );
};
