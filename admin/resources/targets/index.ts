import { lazy } from 'react';
import AssignmentIcon from '@mui/icons-material/Assignment';
import type { ResourceProps } from 'react-admin';

/** 项目绩效目标表: every screen is its own chunk. */
export const targetsResource: ResourceProps = {
  name: 'targets',
  icon: AssignmentIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: (record: {
    project?: { code?: string; name?: string };
    revision?: number;
  }) => `${record.project?.code ?? ''} ${record.project?.name ?? ''}`.trim(),
};
