import type { Role } from '../../../shared/domain/enums';

const ALL: Role[] = ['unit', 'department', 'finance', 'manager', 'admin'];

/**
 * Which roles hold which permission. A route declares the one permission it needs with
 * `@Permission(...)`; a route that declares none is refused (deny by default). What a role may see
 * is further limited to its organisation subtree by the services.
 */
export const PERMISSIONS = {
  'auth.me': ALL,
  'orgs.read': ALL,
  'orgs.write': ['admin'],
  'users.read': ALL,
  'users.write': ['admin'],
  'audit.read': ['admin', 'finance'],
  'scoring.preview': ALL,
  'projects.read': ALL,
  'projects.write': ['unit', 'admin'],
  'targets.read': ALL,
  'targets.write': ['unit'],
  'targets.submit': ['unit'],
  'targets.review': ['department', 'finance'],
  'indicators.read': ALL,
  'indicators.write': ['admin'],
  'todos.read': ALL,
  'monitoring.read': ALL,
  'monitoring.write': ['unit'],
  'monitoring.submit': ['unit'],
  'monitoring.review': ['department', 'finance'],
  'evaluations.read': ALL,
  'evaluations.write': ['unit'],
  'evaluations.submit': ['unit'],
  'evaluations.review': ['department', 'finance'],
  'evaluations.recheck': ['finance'],
  'dashboard.read': ALL,
  'rankings.read': ALL,
  'results.read': ['department', 'finance', 'manager', 'admin'],
  'results.write': ['finance'],
  'result-rules.read': ['department', 'finance', 'manager', 'admin'],
  'result-rules.write': ['finance', 'admin'],
  'rectifications.read': ALL,
  'rectifications.write': ['finance'],
  'rectifications.answer': ['unit'],
  'jobs.read': ALL,
  'jobs.recompute': ['admin'],
  'jobs.reminders': ['admin'],
  'jobs.board': ['admin'],
  'exports.create': ALL,
  'imports.create': ['unit'],
  'deadlines.read': ALL,
  'deadlines.write': ['admin'],
  'notifications.read': ALL,
  'notifications.write': ALL,
} satisfies Record<string, Role[]>;

export type PermissionName = keyof typeof PERMISSIONS;

export function roleHas(role: Role, permission: PermissionName): boolean {
  return (PERMISSIONS[permission] as Role[]).includes(role);
}
