import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';

/** 操作日志: read-only, for 财政局 and 系统管理员 (providers/permissions.ts). */
export const auditLogsResource: ResourceProps = {
  name: 'audit-logs',
  icon: HistoryIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  recordRepresentation: (record: { id?: number | string }) => `#${record.id ?? ''}`,
};
