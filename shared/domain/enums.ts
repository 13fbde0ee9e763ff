/** Roles of DOMAIN.md. The order is not a hierarchy; permissions are declared per route. */
export const ROLES = ['unit', 'department', 'finance', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  unit: '项目单位',
  department: '主管部门',
  finance: '财政局',
  manager: '领导',
  admin: '系统管理员',
};

/** Organisation tree: region (财政) → department (主管部门) → unit (预算单位). */
export const ORG_TYPES = ['region', 'department', 'unit'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  region: '财政（区域）',
  department: '主管部门',
  unit: '预算单位',
};

/** The parent type each organisation type must hang under (null: a root). */
export const ORG_PARENT_TYPE: Record<OrgType, OrgType | null> = {
  region: null,
  department: 'region',
  unit: 'department',
};

/** Review workflow of every reviewable document. */
export const DOC_STATUSES = [
  'draft',
  'submitted',
  'dept_approved',
  'approved',
  'returned',
] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

export const DOC_STATUS_LABELS: Record<DocStatus, string> = {
  draft: '草稿',
  submitted: '已提交（待主管部门审核）',
  dept_approved: '主管部门已审核（待财政审核）',
  approved: '已批复',
  returned: '已退回',
};

export const PROJECT_TYPES = ['personnel', 'operating', 'specific'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const PROJECT_TYPE_LABELS: Record<ProjectType, string> = {
  personnel: '人员类',
  operating: '运转类',
  specific: '特定目标类',
};
