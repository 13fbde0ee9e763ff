import { lazy } from 'react';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import type { ResourceProps } from 'react-admin';

/** 待办: read-only, a list only. */
export const todosResource: ResourceProps = {
  name: 'todos',
  icon: PendingActionsIcon,
  list: lazy(() => import('./List')),
};
