import { lazy } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { ResourceProps } from 'react-admin';
import { orgOptionText } from '../../common/choices';

/** 组织机构: every screen is its own chunk, loaded when first visited. */
export const orgsResource: ResourceProps = {
  name: 'orgs',
  icon: AccountTreeIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: orgOptionText,
};
