import { lazy } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ResourceProps } from 'react-admin';

/** 绩效自评: every screen is its own chunk (the scoring engine comes with them). */
export const evaluationsResource: ResourceProps = {
  name: 'evaluations',
  icon: FactCheckIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: (record: { title?: string; year?: number }) =>
    `${record.title ?? ''}（${record.year ?? ''} 年度）`,
};

/** The 复核, 抽评 and print screens (custom routes in App.tsx). */
export const RecheckPage = lazy(() => import('./RecheckPage'));
export const SamplePage = lazy(() => import('./SamplePage'));
export const PrintPage = lazy(() => import('./PrintPage'));
