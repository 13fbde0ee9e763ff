import { lazy } from 'react';
import TrafficIcon from '@mui/icons-material/Traffic';
import type { ResourceProps } from 'react-admin';

/** 绩效运行监控: every screen is its own chunk (the lights module comes with them). */
export const monitoringResource: ResourceProps = {
  name: 'monitoring',
  icon: TrafficIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: (record: { title?: string; month?: number }) =>
    `${record.title ?? ''}（${record.month ?? ''} 月）`,
};
