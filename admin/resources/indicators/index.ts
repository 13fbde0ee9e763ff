import { lazy } from 'react';
import ListAltIcon from '@mui/icons-material/ListAlt';
import type { ResourceProps } from 'react-admin';

/** 指标库: every screen is its own chunk. */
export const indicatorsResource: ResourceProps = {
  name: 'indicators',
  icon: ListAltIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: (record: { level1?: string; name?: string }) =>
    `${record.level1 ?? ''} › ${record.name ?? ''}`,
};
