import type { OrgType, Role } from '../../../shared/domain/enums';

/**
 * The organisations of the seed documents. Region codes are the administrative division codes of
 * the districts; 313/313001 (seed 001) and 151/151001 (seed 004) are the published codes; the
 * others are assigned here because the seeds publish none.
 */
export interface DemoOrg {
  code: string;
  name: string;
  type: OrgType;
  parent: string | null;
}

export const DEMO_ORGS: DemoOrg[] = [
  { code: '410303', name: '洛阳市西工区', type: 'region', parent: null },
  {
    code: 'XG-SCB',
    name: '洛阳市西工区社区治理和服务创新办公室',
    type: 'department',
    parent: '410303',
  },
  {
    code: 'XG-SCB-001',
    name: '洛阳市西工区社区治理和服务创新办公室（本级）',
    type: 'unit',
    parent: 'XG-SCB',
  },
  { code: '151', name: '洛阳市西工区西工街道办事处', type: 'department', parent: '410303' },
  { code: '151001', name: '洛阳市西工区西工街道办事处（本级）', type: 'unit', parent: '151' },
  { code: '410311', name: '洛阳市洛龙区', type: 'region', parent: null },
  { code: '313', name: '洛龙区社区治理和服务创新办公室', type: 'department', parent: '410311' },
  { code: '313001', name: '洛龙区社区治理和服务创新办公室（本级）', type: 'unit', parent: '313' },
  { code: '313002', name: '洛龙区社区综合服务中心', type: 'unit', parent: '313' },
  { code: 'NDG', name: '沧州渤海新区南大港产业园区', type: 'region', parent: null },
  { code: '555', name: '沧州渤海新区南大港产业园区城区办事处', type: 'department', parent: 'NDG' },
  {
    code: '555-0101',
    name: '沧州渤海新区南大港产业园区城区办事处（本级）',
    type: 'unit',
    parent: '555',
  },
];

export interface DemoUser {
  username: string;
  name: string;
  role: Role;
  org: string | null;
}

/** All demo accounts share the password in DEMO_PASSWORD; the README lists them. */
export const DEMO_PASSWORD = 'Demo@2024';

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', name: '系统管理员', role: 'admin', org: null },
  { username: 'finance', name: '西工区财政局绩效科', role: 'finance', org: '410303' },
  { username: 'dept', name: '西工区社创办审核员', role: 'department', org: 'XG-SCB' },
  { username: 'unit', name: '西工区社创办填报员', role: 'unit', org: 'XG-SCB-001' },
  { username: 'manager', name: '西工区分管领导', role: 'manager', org: '410303' },
  { username: 'jiedao', name: '西工街道填报员', role: 'unit', org: '151001' },
  { username: 'luolong', name: '洛龙区社创办填报员', role: 'unit', org: '313001' },
];
