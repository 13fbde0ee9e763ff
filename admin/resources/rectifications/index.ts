import { lazy } from 'react';
import BuildCircleIcon from '@mui/icons-material/BuildCircle';
import type { ResourceProps } from 'react-admin';

/** 问题整改: list, detail with timeline and actions, create and edit (财政局). */
export const rectificationsResource: ResourceProps = {
  name: 'rectifications',
  icon: BuildCircleIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: 'title',
};
