import type { ComponentType } from 'react';
import CalculateIcon from '@mui/icons-material/Calculate';
import CasinoIcon from '@mui/icons-material/Casino';
import { ROLES, type Role } from '../../shared/domain/enums';

/** A resource registered in App.tsx: label, icon and access come from the resource itself. */
export interface ResourceEntry {
  kind: 'resource';
  resource: string;
}

/** A custom route. `ready: false` shows a disabled "即将上线" item instead of a broken link. */
export interface RouteEntry {
  kind: 'route';
  path: string;
  label: string;
  icon: ComponentType;
  roles: readonly Role[];
  ready: boolean;
  testId: string;
}

export type MenuEntry = ResourceEntry | RouteEntry;

export interface MenuGroup {
  key: string;
  label: string;
  items: MenuEntry[];
}

const resource = (name: string): ResourceEntry => ({ kind: 'resource', resource: name });

/**
 * The sidebar, in the order of the yearly cycle. A resource shows up as soon as it is registered
 * in App.tsx and the role may list it (providers/permissions.ts); a group with nothing visible is
 * hidden. Resources still being built are listed already so that they slot in where they belong.
 */
export const MENU_GROUPS: MenuGroup[] = [
  {
    key: 'performance',
    label: 'app.menu.groups.performance',
    items: [
      resource('todos'),
      resource('projects'),
      resource('targets'),
      resource('unit-targets'),
      resource('monitoring'),
      resource('evaluations'),
      {
        kind: 'route',
        path: '/evaluations/sample',
        label: 'app.evaluations.sample.title',
        icon: CasinoIcon,
        roles: ['finance'],
        ready: true,
        testId: 'menu-evaluations-sample',
      },
    ],
  },
  {
    key: 'results',
    label: 'app.menu.groups.results',
    items: [
      resource('rankings'),
      resource('result-applications'),
      resource('rectifications'),
      resource('result-rules'),
    ],
  },
  {
    key: 'scoring',
    label: 'app.menu.groups.scoring',
    items: [
      {
        kind: 'route',
        path: '/scoring',
        label: 'app.menu.scoring',
        icon: CalculateIcon,
        roles: ROLES,
        ready: true,
        testId: 'menu-scoring',
      },
    ],
  },
  {
    key: 'basic',
    label: 'app.menu.groups.basic',
    items: [resource('indicators'), resource('templates')],
  },
  {
    key: 'inbox',
    label: 'app.menu.groups.inbox',
    items: [resource('notifications'), resource('jobs')],
  },
  {
    key: 'system',
    label: 'app.menu.groups.system',
    items: [resource('orgs'), resource('users'), resource('audit-logs')],
  },
];
