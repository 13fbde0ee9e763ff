import { canRoleAccess } from '../../../admin/providers/permissions';

describe('console permissions (what the menu and buttons show per role)', () => {
  it('lets every role read organisations but only admins change them', () => {
    for (const role of ['unit', 'department', 'finance', 'manager', 'admin']) {
      expect(canRoleAccess(role, 'orgs', 'list')).toBe(true);
      expect(canRoleAccess(role, 'orgs', 'show')).toBe(true);
      expect(canRoleAccess(role, 'orgs', 'edit')).toBe(role === 'admin');
      expect(canRoleAccess(role, 'orgs', 'create')).toBe(role === 'admin');
    }
  });

  it('shows users to admins only', () => {
    expect(canRoleAccess('admin', 'users', 'list')).toBe(true);
    expect(canRoleAccess('admin', 'users', 'create')).toBe(true);
    expect(canRoleAccess('finance', 'users', 'list')).toBe(false);
    expect(canRoleAccess('unit', 'users', 'show')).toBe(false);
  });

  it('shows the audit log to 财政局 and admins, read-only', () => {
    expect(canRoleAccess('finance', 'audit-logs', 'list')).toBe(true);
    expect(canRoleAccess('admin', 'audit-logs', 'show')).toBe(true);
    expect(canRoleAccess('department', 'audit-logs', 'list')).toBe(false);
    expect(canRoleAccess('manager', 'audit-logs', 'list')).toBe(false);
    expect(canRoleAccess('admin', 'audit-logs', 'edit')).toBe(false);
    expect(canRoleAccess('admin', 'audit-logs', 'delete')).toBe(false);
  });

  it('offers no delete anywhere yet, and denies unknown roles, resources and actions', () => {
    expect(canRoleAccess('admin', 'orgs', 'delete')).toBe(false);
    expect(canRoleAccess('admin', 'users', 'delete')).toBe(false);
    expect(canRoleAccess(undefined, 'orgs', 'list')).toBe(false);
    expect(canRoleAccess('root', 'orgs', 'list')).toBe(false);
    expect(canRoleAccess('admin', 'no-such-resource', 'list')).toBe(false);
    expect(canRoleAccess('admin', 'orgs', 'launch')).toBe(false);
  });

  it('lets units write projects and target tables; reviews are not react-admin actions', () => {
    expect(canRoleAccess('unit', 'projects', 'create')).toBe(true);
    expect(canRoleAccess('admin', 'projects', 'edit')).toBe(true);
    expect(canRoleAccess('department', 'projects', 'edit')).toBe(false);
    for (const resource of ['targets', 'unit-targets']) {
      expect(canRoleAccess('unit', resource, 'create')).toBe(true);
      expect(canRoleAccess('unit', resource, 'edit')).toBe(true);
      for (const role of ['department', 'finance', 'manager', 'admin']) {
        expect(canRoleAccess(role, resource, 'list')).toBe(true);
        expect(canRoleAccess(role, resource, 'show')).toBe(true);
        expect(canRoleAccess(role, resource, 'edit')).toBe(false);
        expect(canRoleAccess(role, resource, 'create')).toBe(false);
      }
    }
  });

  it('lets everyone read the 指标库 and only admins maintain it', () => {
    expect(canRoleAccess('unit', 'indicators', 'list')).toBe(true);
    expect(canRoleAccess('unit', 'indicators', 'edit')).toBe(false);
    expect(canRoleAccess('admin', 'indicators', 'create')).toBe(true);
  });

  it('shows 待办 to the roles the review workflow waits for', () => {
    expect(canRoleAccess('unit', 'todos', 'list')).toBe(true);
    expect(canRoleAccess('department', 'todos', 'list')).toBe(true);
    expect(canRoleAccess('finance', 'todos', 'list')).toBe(true);
    expect(canRoleAccess('manager', 'todos', 'list')).toBe(false);
    expect(canRoleAccess('admin', 'todos', 'list')).toBe(false);
    expect(canRoleAccess('unit', 'todos', 'edit')).toBe(false);
  });
});
