import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { ORG_PARENT_TYPE, ORG_TYPE_LABELS } from '../../../shared/domain/enums';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/entities/user.entity';
import { CreateOrgDto, UpdateOrgDto } from './dto/org.dto';
import { Org } from './entities/org.entity';

const SPEC: ListSpec = {
  resource: 'orgs',
  idColumn: 'o.id',
  sortable: { id: 'o.id', code: 'o.code', name: 'o.name', type: 'o.type', path: 'o.path' },
  defaultSort: ['path', 'ASC'],
  filters: {
    q: { kind: 'like', columns: ['o.code', 'o.name'] },
    type: { kind: 'eq', column: 'o.type', type: 'string' },
    parentId: { kind: 'eq', column: 'o.parentId', type: 'int' },
    code: { kind: 'eq', column: 'o.code', type: 'string' },
  },
};

@Injectable()
export class OrgsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Organisations of the caller's subtree. */
  scoped(user: AuthUser, em: EntityManager = this.db.manager) {
    const qb = em.createQueryBuilder(Org, 'o');
    if (user.orgPath !== null) qb.where('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
    return qb;
  }

  list(user: AuthUser, query: Record<string, unknown>, res: Response) {
    return listPage(this.scoped(user), query, SPEC, res);
  }

  async get(user: AuthUser, id: number, em?: EntityManager): Promise<Org> {
    const org = await this.scoped(user, em).andWhere('o.id = :id', { id }).getOne();
    if (!org) throw notFound('组织');
    return org;
  }

  private async checkParent(
    user: AuthUser,
    dto: CreateOrgDto,
    em: EntityManager,
  ): Promise<Org | null> {
    const expected = ORG_PARENT_TYPE[dto.type];
    if (expected === null) {
      if (dto.parentId)
        throw invalid('parentId', `${ORG_TYPE_LABELS[dto.type]}是顶级组织，不能有上级组织`);
      return null;
    }
    if (!dto.parentId)
      throw invalid(
        'parentId',
        `${ORG_TYPE_LABELS[dto.type]}必须选择上级组织（${ORG_TYPE_LABELS[expected]}）`,
      );
    const parent = await this.scoped(user, em)
      .andWhere('o.id = :id', { id: dto.parentId })
      .getOne();
    if (!parent) throw invalid('parentId', '上级组织不存在或无权访问');
    if (parent.type !== expected) {
      throw invalid(
        'parentId',
        `${ORG_TYPE_LABELS[dto.type]}的上级必须是${ORG_TYPE_LABELS[expected]}，所选上级是${ORG_TYPE_LABELS[parent.type]}`,
      );
    }
    return parent;
  }

  async create(user: AuthUser, dto: CreateOrgDto): Promise<Org> {
    return this.db.transaction(async (em) => {
      const parent = await this.checkParent(user, dto, em);
      await this.ensureCodeFree(em, dto.code);
      const inserted = await em.insert(Org, {
        code: dto.code,
        name: dto.name,
        type: dto.type,
        parentId: parent?.id ?? null,
        path: '/',
      });
      const id = Number(inserted.identifiers[0].id);
      const path = `${parent?.path ?? '/'}${id}/`;
      await em.update(Org, { id }, { path });
      const org = await em.findOneByOrFail(Org, { id });
      await this.audit.record(em, {
        user,
        action: 'create',
        resource: 'orgs',
        resourceId: id,
        orgPath: path,
        after: org,
      });
      return org;
    });
  }

  async update(user: AuthUser, id: number, dto: UpdateOrgDto): Promise<Org> {
    return this.db.transaction(async (em) => {
      const before = await this.get(user, id, em);
      if (dto.type !== before.type) throw invalid('type', '组织类型创建后不能修改');
      const parent = await this.checkParent(user, dto, em);
      if (parent && parent.path.startsWith(before.path))
        throw invalid('parentId', '不能把组织移到它自己的下级之下');
      if (dto.code !== before.code) await this.ensureCodeFree(em, dto.code);
      const path = `${parent?.path ?? '/'}${id}/`;
      const result = await em
        .createQueryBuilder()
        .update(Org)
        .set({
          code: dto.code,
          name: dto.name,
          parentId: parent?.id ?? null,
          path,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw staleVersion();
      if (path !== before.path) {
        // Moving a node moves its subtree: rewrite the descendants' path prefix.
        const descendants = await em
          .createQueryBuilder(Org, 'o')
          .where('o.path LIKE :p AND o.id <> :id', { p: `${before.path}%`, id })
          .getMany();
        for (const d of descendants)
          await em.update(Org, { id: d.id }, { path: path + d.path.slice(before.path.length) });
      }
      const after = await em.findOneByOrFail(Org, { id });
      await this.audit.record(em, {
        user,
        action: 'update',
        resource: 'orgs',
        resourceId: id,
        orgPath: after.path,
        before,
        after,
      });
      return after;
    });
  }

  async remove(user: AuthUser, id: number): Promise<Org> {
    return this.db.transaction(async (em) => {
      const org = await this.get(user, id, em);
      const children = await em.count(Org, { where: { parentId: id } });
      if (children > 0)
        throw new DomainError('CONFLICT', `「${org.name}」下还有 ${children} 个下级组织，不能删除`);
      const users = await em.count(User, { where: { orgId: id } });
      if (users > 0)
        throw new DomainError('CONFLICT', `「${org.name}」下还有 ${users} 个用户，不能删除`);
      await em.delete(Org, { id });
      await this.audit.record(em, {
        user,
        action: 'delete',
        resource: 'orgs',
        resourceId: id,
        orgPath: org.path,
        before: org,
      });
      return org;
    });
  }

  private async ensureCodeFree(em: EntityManager, code: string): Promise<void> {
    if (await em.exists(Org, { where: { code } }))
      throw new DomainError('CONFLICT', `组织编码「${code}」已存在`, {
        code: `组织编码「${code}」已存在`,
      });
  }
}
