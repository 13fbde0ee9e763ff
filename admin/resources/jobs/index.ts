import { lazy } from 'react';
import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import type { ResourceProps } from 'react-admin';

/** 后台任务: read-only, a list only; every user sees their own jobs (administrators: all). */
export const jobsResource: ResourceProps = {
  name: 'jobs',
  icon: WorkHistoryIcon,
  list: lazy(() => import('./List')),
};
