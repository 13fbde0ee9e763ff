import { canRoleAccess } from '../../../admin/providers/permissions';

const ROLES = ['unit', 'department', 'finance', 'manager', 'admin'];

describe('console permissions of 排名, 结果应用 and 问题整改', () => {
  it('shows the rankings of its own subtree to every role', () => {
    for (const role of ROLES) expect(canRoleAccess(role, 'rankings', 'list')).toBe(true);
    expect(canRoleAccess('admin', 'rankings', 'edit')).toBe(false);
  });

  it('lets the 财政局 decide on 结果应用; departments, leaders and admins read; units do not see it', () => {
    expect(canRoleAccess('finance', 'result-applications', 'edit')).toBe(true);
    for (const role of ['department', 'manager', 'admin']) {
      expect(canRoleAccess(role, 'result-applications', 'list')).toBe(true);
      expect(canRoleAccess(role, 'result-applications', 'edit')).toBe(false);
    }
    expect(canRoleAccess('unit', 'result-applications', 'list')).toBe(false);
  });

  it('lets the 财政局 and administrators edit a region’s 结果应用规则', () => {
    expect(canRoleAccess('finance', 'result-rules', 'edit')).toBe(true);
    expect(canRoleAccess('admin', 'result-rules', 'edit')).toBe(true);
    expect(canRoleAccess('manager', 'result-rules', 'edit')).toBe(false);
    expect(canRoleAccess('unit', 'result-rules', 'list')).toBe(false);
  });

  it('lets the 财政局 open and edit rectification items; everyone reads their own', () => {
    for (const role of ROLES) {
      expect(canRoleAccess(role, 'rectifications', 'list')).toBe(true);
      expect(canRoleAccess(role, 'rectifications', 'show')).toBe(true);
      expect(canRoleAccess(role, 'rectifications', 'create')).toBe(role === 'finance');
      expect(canRoleAccess(role, 'rectifications', 'edit')).toBe(role === 'finance');
    }
  });
});
