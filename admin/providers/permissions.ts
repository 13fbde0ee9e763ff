import { ROLES, type Role } from '../../shared/domain/enums';

/** The actions react-admin asks `authProvider.canAccess` about. */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'clone';

type Rules = Partial<Record<Action, readonly Role[]>>;

const EVERYONE = ROLES;
const ADMIN: readonly Role[] = ['admin'];
const AUDITORS: readonly Role[] = ['finance', 'admin'];

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
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function canRoleAccess(role: unknown, resource: string, action: string): boolean {
  if (!isRole(role)) return false;
  const allowed = PERMISSIONS[resource]?.[action as Action];
  return allowed !== undefined && allowed.includes(role);
}
