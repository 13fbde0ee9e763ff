import {
  ORG_TYPE_LABELS,
  ORG_TYPES,
  PROJECT_TYPE_LABELS,
  PROJECT_TYPES,
  ROLE_LABELS,
  ROLES,
  type OrgType,
  type ProjectType,
  type Role,
} from '../../shared/domain/enums';

export interface Choice<T extends string = string> {
  id: T;
  name: string;
}

export const ROLE_CHOICES: Choice<Role>[] = ROLES.map((id) => ({ id, name: ROLE_LABELS[id] }));

export const ORG_TYPE_CHOICES: Choice<OrgType>[] = ORG_TYPES.map((id) => ({
  id,
  name: ORG_TYPE_LABELS[id],
}));

/** "洛阳市西工区（410303）": how an organisation is named in selects and references. */
export const orgOptionText = (org: { name?: string; code?: string } | undefined): string =>
  org ? `${org.name ?? ''}${org.code ? `（${org.code}）` : ''}` : '';

/**
 * The organisation type a role's users normally sit in (DOMAIN.md): the user form offers only
 * those organisations. `manager` and `admin` may sit anywhere.
 */
export const ROLE_ORG_TYPE: Record<Role, OrgType | undefined> = {
  unit: 'unit',
  department: 'department',
  finance: 'region',
  manager: undefined,
  admin: undefined,
};

export const PROJECT_TYPE_CHOICES: Choice<ProjectType>[] = PROJECT_TYPES.map((id) => ({
  id,
  name: PROJECT_TYPE_LABELS[id],
}));

export const projectTypeLabel = (type: unknown): string =>
  typeof type === 'string' && type in PROJECT_TYPE_LABELS
    ? PROJECT_TYPE_LABELS[type as ProjectType]
    : '';
