import { lazy } from 'react';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';
import type { ResourceProps } from 'react-admin';

/** 部门（单位）整体绩效目标表: every screen is its own chunk. */
export const unitTargetsResource: ResourceProps = {
  name: 'unit-targets',
  icon: AccountBalanceWalletIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: (record: { orgName?: string; year?: number }) =>
    `${record.orgName ?? ''}（${record.year ?? ''} 年度）`,
};
