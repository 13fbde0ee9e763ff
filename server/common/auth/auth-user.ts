import type { OrgType, Role } from '../../../shared/domain/enums';

/** The caller, as the guard resolved it from the token and the database. */
export interface AuthUser {
  id: number;
  username: string;
  name: string;
  role: Role;
  orgId: number | null;
  /** Materialised path of the caller's organisation; null = the whole tree (admin). */
  orgPath: string | null;
  orgType: OrgType | null;
}

/** True when the organisation with `path` lies in the caller's subtree. */
export function inScope(user: AuthUser, path: string | null | undefined): boolean {
  if (user.orgPath === null) return user.role === 'admin';
  return typeof path === 'string' && path.startsWith(user.orgPath);
}
