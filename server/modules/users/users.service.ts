import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { OrgType, Role, ROLE_LABELS } from '../../../shared/domain/enums';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { OrgsService } from '../orgs/orgs.service';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { User } from './entities/user.entity';
import { hashPassword } from './passwords';

const SPEC: ListSpec = {
  resource: 'users',
  idColumn: 'u.id',
  sortable: {
    id: 'u.id',
    username: 'u.username',
    name: 'u.name',
    role: 'u.role',
    orgId: 'u.orgId',
    createdAt: 'u.createdAt',
  },
  defaultSort: ['id', 'ASC'],
  filters: {
    q: { kind: 'like', columns: ['u.username', 'u.name'] },
    role: { kind: 'eq', column: 'u.role', type: 'string' },
    orgId: { kind: 'eq', column: 'u.orgId', type: 'int' },
    disabled: { kind: 'eq', column: 'u.disabled', type: 'bool' },
  },
};

/** The organisation type each role must belong to (manager: any; admin: none or any). */
const ROLE_ORG_TYPES: Record<Role, OrgType[] | null> = {
  unit: ['unit'],
  department: ['department'],
  finance: ['region'],
  manager: ['region', 'department', 'unit'],
  admin: null,
};

export type PublicUser = Omit<User, 'passwordHash' | 'tokenVersion'>;

function toPublic(user: User): PublicUser {
  const { passwordHash: _h, tokenVersion: _t, ...rest } = user;
  return rest;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
  ) {}

  /** Users whose organisation lies in the caller's subtree (administrators without one: admin only). */
  private scoped(user: AuthUser, em: EntityManager = this.db.manager) {
    const qb = em.createQueryBuilder(User, 'u');
    if (user.orgPath !== null) {
      qb.innerJoin(Org, 'o', 'o.id = u.orgId').where('o.path LIKE :prefix', {
        prefix: `${user.orgPath}%`,
      });
    }
    return qb;
  }

  async list(user: AuthUser, query: Record<string, unknown>, res: Response): Promise<PublicUser[]> {
    return (await listPage(this.scoped(user), query, SPEC, res)).map(toPublic);
  }

  async get(user: AuthUser, id: number, em?: EntityManager): Promise<PublicUser> {
    const found = await this.scoped(user, em).andWhere('u.id = :id', { id }).getOne();
    if (!found) throw notFound('用户');
    return toPublic(found);
  }

  private async checkOrg(
    user: AuthUser,
    role: Role,
    orgId: number | null | undefined,
    em: EntityManager,
  ): Promise<Org | null> {
    const allowed = ROLE_ORG_TYPES[role];
    if (!orgId) {
      if (allowed === null) return null;
      throw invalid('orgId', `${ROLE_LABELS[role]}必须选择所属组织`);
    }
    const org = await this.orgs.scoped(user, em).andWhere('o.id = :id', { id: orgId }).getOne();
    if (!org) throw invalid('orgId', '所属组织不存在或无权访问');
    if (allowed && !allowed.includes(org.type)) {
      throw invalid(
        'orgId',
        `${ROLE_LABELS[role]}只能属于${allowed.map((t) => ({ region: '财政（区域）', department: '主管部门', unit: '预算单位' })[t]).join('或')}`,
      );
    }
    return org;
  }

  async create(user: AuthUser, dto: CreateUserDto): Promise<PublicUser> {
    const passwordHash = await hashPassword(dto.password);
    return this.db.transaction(async (em) => {
      const org = await this.checkOrg(user, dto.role, dto.orgId, em);
      await this.ensureUsernameFree(em, dto.username);
      const inserted = await em.insert(User, {
        username: dto.username,
        name: dto.name,
        role: dto.role,
        orgId: org?.id ?? null,
        passwordHash,
        disabled: dto.disabled ?? false,
      });
      const id = Number(inserted.identifiers[0].id);
      const created = toPublic(await em.findOneByOrFail(User, { id }));
      await this.audit.record(em, {
        user,
        action: 'create',
        resource: 'users',
        resourceId: id,
        orgPath: org?.path ?? null,
        after: created,
      });
      return created;
    });
  }

  async update(user: AuthUser, id: number, dto: UpdateUserDto): Promise<PublicUser> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.db.transaction(async (em) => {
      const before = await this.get(user, id, em);
      if (id === user.id && (dto.disabled || dto.role !== before.role)) {
        throw invalid(dto.disabled ? 'disabled' : 'role', '不能停用自己的账号或修改自己的角色');
      }
      const org = await this.checkOrg(user, dto.role, dto.orgId, em);
      if (dto.username !== before.username) await this.ensureUsernameFree(em, dto.username);
      const disabled = dto.disabled ?? before.disabled;
      // A new password or disabling the account invalidates every token issued before.
      const revoke = passwordHash !== undefined || (disabled && !before.disabled);
      const result = await em
        .createQueryBuilder()
        .update(User)
        .set({
          username: dto.username,
          name: dto.name,
          role: dto.role,
          orgId: org?.id ?? null,
          disabled,
          ...(passwordHash ? { passwordHash } : {}),
          ...(revoke ? { tokenVersion: () => 'tokenVersion + 1' } : {}),
        })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw staleVersion();
      const after = toPublic(await em.findOneByOrFail(User, { id }));
      await this.audit.record(em, {
        user,
        action: passwordHash ? 'update_password' : 'update',
        resource: 'users',
        resourceId: id,
        orgPath: org?.path ?? null,
        before,
        after,
      });
      return after;
    });
  }

  async remove(user: AuthUser, id: number): Promise<PublicUser> {
    if (id === user.id) throw new DomainError('CONFLICT', '不能删除自己的账号');
    return this.db.transaction(async (em) => {
      const before = await this.get(user, id, em);
      const org = before.orgId ? await em.findOneBy(Org, { id: before.orgId }) : null;
      await em.delete(User, { id });
      await this.audit.record(em, {
        user,
        action: 'delete',
        resource: 'users',
        resourceId: id,
        orgPath: org?.path ?? null,
        before,
      });
      return before;
    });
  }

  private async ensureUsernameFree(em: EntityManager, username: string): Promise<void> {
    if (await em.exists(User, { where: { username } })) {
      throw new DomainError('CONFLICT', `用户名「${username}」已被使用`, {
        username: `用户名「${username}」已被使用`,
      });
    }
  }
}
