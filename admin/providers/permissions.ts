import { ROLES, type Role } from '../../shared/domain/enums';

/** The actions react-admin asks `authProvider.canAccess` about, and the console's own. */
export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  // 导入 of a filled-in Excel workbook as drafts (POST /api/imports: `imports.create`).
  | 'import'
  | 'clone'
  // Workflow and 财政局 actions of 绩效运行监控 / 绩效自评 (the server's `actions` decide per document).
  | 'submit'
  | 'approve'
  | 'return'
  | 'recheck'
  | 'sample';

type Rules = Partial<Record<Action, readonly Role[]>>;

const EVERYONE = ROLES;
const ADMIN: readonly Role[] = ['admin'];
const AUDITORS: readonly Role[] = ['finance', 'admin'];
const UNIT: readonly Role[] = ['unit'];
const PROJECT_WRITERS: readonly Role[] = ['unit', 'admin'];
/** The roles a 待办 can wait for: the unit (drafts, returned), 主管部门 and 财政局 (reviews). */
const WORKFLOW: readonly Role[] = ['unit', 'department', 'finance'];
const REVIEWERS: readonly Role[] = ['department', 'finance'];
const FINANCE: readonly Role[] = ['finance'];

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
  targets: {
    list: EVERYONE,
    show: EVERYONE,
    create: UNIT,
    edit: UNIT,
    delete: UNIT,
    import: UNIT,
  },
  'unit-targets': {
    list: EVERYONE,
    show: EVERYONE,
    create: UNIT,
    edit: UNIT,
    delete: UNIT,
    import: UNIT,
  },
  indicators: { list: EVERYONE, show: EVERYONE, create: ADMIN, edit: ADMIN, delete: ADMIN },
  todos: { list: WORKFLOW },
  // 绩效运行监控 and 绩效自评: units report and submit, 主管部门 and 财政局 review, the 财政局
  // re-scores (复核) and draws samples (抽评); everyone reads their subtree.
  monitoring: {
    list: EVERYONE,
    show: EVERYONE,
    create: UNIT,
    edit: UNIT,
    delete: UNIT,
    import: UNIT,
    submit: UNIT,
    approve: REVIEWERS,
    return: REVIEWERS,
  },
  evaluations: {
    list: EVERYONE,
    show: EVERYONE,
    create: UNIT,
    edit: UNIT,
    delete: UNIT,
    import: UNIT,
    submit: UNIT,
    approve: REVIEWERS,
    return: REVIEWERS,
    recheck: FINANCE,
    sample: FINANCE,
  },
  // 排名: every role, over its own subtree. 结果应用: 财政局 generates and decides, 主管部门 and
  // 领导 read; its rule per region is kept by the 财政局 (or an administrator). 问题整改: the
  // 财政局 opens and closes items, units answer them (a button on the show page).
  rankings: { list: EVERYONE, export: EVERYONE },
  'result-applications': {
    list: ['department', 'finance', 'manager', 'admin'],
    edit: FINANCE,
    export: ['department', 'finance', 'manager', 'admin'],
  },
  'result-rules': {
    list: ['department', 'finance', 'manager', 'admin'],
    edit: ['finance', 'admin'],
  },
  rectifications: { list: EVERYONE, show: EVERYONE, create: FINANCE, edit: FINANCE },
  // 后台任务 and 消息通知: every user's own (administrators see everyone's jobs); marking a
  // message read is the only change.
  jobs: { list: EVERYONE },
  notifications: { list: EVERYONE, edit: EVERYONE },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function canRoleAccess(role: unknown, resource: string, action: string): boolean {
  if (!isRole(role)) return false;
  const allowed = PERMISSIONS[resource]?.[action as Action];
  return allowed !== undefined && allowed.includes(role);
}
