import { lazy } from 'react';
import NotificationsIcon from '@mui/icons-material/Notifications';
import type { ResourceProps } from 'react-admin';

/** 消息通知: each user's own messages, a list only; marking read is the only change. */
export const notificationsResource: ResourceProps = {
  name: 'notifications',
  icon: NotificationsIcon,
  list: lazy(() => import('./List')),
  recordRepresentation: (record: { title?: string }) => record.title ?? '',
};
