import { ROLES, type Role } from '../../shared/domain/enums';

/** The actions react-admin asks `authProvider.canAccess` about. */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'clone';

type Rules = Partial<Record<Action, readonly Role[]>>;

const EVERYONE = ROLES;
const ADMIN: readonly Role[] = ['admin'];
const AUDITORS: readonly Role[] = ['finance', 'admin'];
const UNIT: readonly Role[] = ['unit'];
const PROJECT_WRITERS: readonly Role[] = ['unit', 'admin'];
/** The roles a 待办 can wait for: the unit (drafts, returned), 主管部门 and 财政局 (reviews). */
const WORKFLOW: readonly Role[] = ['unit', 'department', 'finance'];

/**
 * What each role may do in the console, per resource. It only hides what a role cannot use:
 * the server authorises every call again and scopes data to the caller's subtree.
 * Deny by default: a resource that lands later gets a row here when it is registered in App.tsx.
 */
export const PERMISSIONS: Readonly<Record<string, Rules>> = {
  // Every role reads the organisations of its own subtree; only admins change them.
  orgs: { list: EVERYONE, show: EVERYONE, export: EVERYONE, create: ADMIN, edit: ADMIN },
  users: { list: ADMIN, show: ADMIN, export: ADMIN, create: ADMIN, edit: ADMIN },
  'audit-logs': { list: AUDITORS, show: AUDITORS, export: AUDITORS },
  // 项目库: units declare their projects (admins may fix them); everyone reads their subtree.
  projects: {
    list: EVERYONE,
    show: EVERYONE,
    create: PROJECT_WRITERS,
    edit: PROJECT_WRITERS,
    delete: PROJECT_WRITERS,
  },
  // 绩效目标表: written and submitted by units; reviews are buttons driven by the server's
  // `actions`, not react-admin actions. Only drafts can be deleted (the server checks).
  targets: { list: EVERYONE, show: EVERYONE, create: UNIT, edit: UNIT, delete: UNIT },
  'unit-targets': { list: EVERYONE, show: EVERYONE, create: UNIT, edit: UNIT, delete: UNIT },
  indicators: { list: EVERYONE, show: EVERYONE, create: ADMIN, edit: ADMIN, delete: ADMIN },
  todos: { list: WORKFLOW },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function canRoleAccess(role: unknown, resource: string, action: string): boolean {
  if (!isRole(role)) return false;
  const allowed = PERMISSIONS[resource]?.[action as Action];
  return allowed !== undefined && allowed.includes(role);
}
