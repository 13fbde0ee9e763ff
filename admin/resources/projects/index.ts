import { lazy } from 'react';
import FolderIcon from '@mui/icons-material/Folder';
import type { ResourceProps } from 'react-admin';

/** 项目库: every screen is its own chunk. */
export const projectsResource: ResourceProps = {
  name: 'projects',
  icon: FolderIcon,
  list: lazy(() => import('./List')),
  show: lazy(() => import('./Show')),
  create: lazy(() => import('./Create')),
  edit: lazy(() => import('./Edit')),
  recordRepresentation: (record: { code?: string; name?: string }) =>
    `${record.code ?? ''} ${record.name ?? ''}`.trim(),
};
