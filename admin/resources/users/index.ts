import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';

/** 用户: admins only (providers/permissions.ts); every screen is its own chunk. */
export const usersResource: ResourceProps = {
  name: 'users',
  icon: PeopleIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: (record: { name?: string; username?: string }) =>
    `${record.name ?? ''}（${record.username ?? ''}）`,
};
