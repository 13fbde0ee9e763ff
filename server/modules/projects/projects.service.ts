import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager, In } from 'typeorm';
import { Dec } from '../../../shared/decimal';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { Target } from '../targets/entities/target.entity';
import { CreateProjectDto, UpdateProjectDto } from './dto/project.dto';
import { Project, SpendPlan } from './entities/project.entity';

const SPEC: ListSpec = {
  resource: 'projects',
  idColumn: 'p.id',
  sortable: {
    id: 'p.id',
    year: 'p.year',
    code: 'p.code',
    name: 'p.name',
    type: 'p.type',
    amountTotal: 'p.amountTotal',
    orgId: 'p.orgId',
    updatedAt: 'p.updatedAt',
  },
  defaultSort: ['code', 'ASC'],
  filters: {
    q: { kind: 'like', columns: ['p.code', 'p.name'] },
    year: { kind: 'eq', column: 'p.year', type: 'int' },
    orgId: { kind: 'eq', column: 'p.orgId', type: 'int' },
    type: { kind: 'eq', column: 'p.type', type: 'string' },
    code: { kind: 'eq', column: 'p.code', type: 'string' },
  },
};

export type ProjectView = Project & { orgName: string; departmentName: string | null };

type Joined = Project & { org?: Org; department?: Org | null };

function toView(p: Joined): ProjectView {
  const { org, department, ...rest } = p;
  return Object.assign(new Project(), rest, {
    orgName: org?.name ?? '',
    departmentName: department?.name ?? null,
  });
}

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Projects of units in the caller's subtree, with their unit and its 主管部门. */
  scoped(user: AuthUser, em: EntityManager = this.db.manager) {
    const qb = em
      .createQueryBuilder(Project, 'p')
      .innerJoinAndMapOne('p.org', Org, 'o', 'o.id = p.orgId')
      .leftJoinAndMapOne('p.department', Org, 'd', 'd.id = o.parentId');
    if (user.orgPath !== null) qb.where('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
    return qb;
  }

  async list(
    user: AuthUser,
    query: Record<string, unknown>,
    res: Response,
  ): Promise<ProjectView[]> {
    return (await listPage(this.scoped(user), query, SPEC, res)).map(toView);
  }

  async get(user: AuthUser, id: number, em?: EntityManager): Promise<ProjectView> {
    const found = await this.scoped(user, em).andWhere('p.id = :id', { id }).getOne();
    if (!found) throw notFound('项目');
    return toView(found);
  }

  /** The unit a new project belongs to: the caller's own unit, or a unit of their subtree. */
  private async unitFor(
    user: AuthUser,
    orgId: number | undefined,
    em: EntityManager,
  ): Promise<Org> {
    const id = orgId ?? (user.orgType === 'unit' ? user.orgId : null);
    if (!id) throw invalid('orgId', '请选择预算单位');
    const qb = em.createQueryBuilder(Org, 'o').where('o.id = :id', { id });
    if (user.orgPath !== null) qb.andWhere('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
    const org = await qb.getOne();
    if (!org) throw invalid('orgId', '预算单位不存在或无权访问');
    if (org.type !== 'unit') throw invalid('orgId', '项目必须属于预算单位');
    return org;
  }

  private checkAmounts(dto: CreateProjectDto): void {
    const parts = new Dec(dto.amountFiscal).plus(dto.amountSpecial).plus(dto.amountOther);
    if (!parts.equals(dto.amountTotal)) {
      const msg = `资金总额 ${dto.amountTotal} 万元 ≠ 财政资金 + 财政专户管理资金 + 单位资金 = ${parts.toFixed()} 万元`;
      throw new DomainError('VALIDATION', msg, { amountTotal: msg });
    }
  }

  private plan(dto: CreateProjectDto): SpendPlan {
    return {
      q1: dto.spendPlan?.q1 ?? '',
      q2: dto.spendPlan?.q2 ?? '',
      q3: dto.spendPlan?.q3 ?? '',
      q4: dto.spendPlan?.q4 ?? '',
    };
  }

  async create(user: AuthUser, dto: CreateProjectDto): Promise<ProjectView> {
    this.checkAmounts(dto);
    return this.db.transaction(async (em) => {
      const org = await this.unitFor(user, dto.orgId, em);
      await this.ensureCodeFree(em, dto.year, dto.code);
      const inserted = await em.insert(Project, {
        year: dto.year,
        code: dto.code,
        name: dto.name,
        orgId: org.id,
        implementer: dto.implementer ?? org.name,
        type: dto.type,
        amountTotal: dto.amountTotal,
        amountFiscal: dto.amountFiscal,
        amountSpecial: dto.amountSpecial,
        amountOther: dto.amountOther,
        purpose: dto.purpose ?? '',
        spendPlan: this.plan(dto),
      });
      const id = Number(inserted.identifiers[0].id);
      const created = await this.get(user, id, em);
      await this.audit.record(em, {
        user,
        action: 'create',
        resource: 'projects',
        resourceId: id,
        orgPath: org.path,
        after: created,
      });
      return created;
    });
  }

  async update(user: AuthUser, id: number, dto: UpdateProjectDto): Promise<ProjectView> {
    this.checkAmounts(dto);
    return this.db.transaction(async (em) => {
      const before = await this.get(user, id, em);
      await this.ensureEditable(em, id);
      const org = await this.unitFor(user, dto.orgId ?? before.orgId, em);
      if (dto.code !== before.code || dto.year !== before.year)
        await this.ensureCodeFree(em, dto.year, dto.code, id);
      const result = await em
        .createQueryBuilder()
        .update(Project)
        .set({
          year: dto.year,
          code: dto.code,
          name: dto.name,
          orgId: org.id,
          implementer: dto.implementer ?? before.implementer,
          type: dto.type,
          amountTotal: dto.amountTotal,
          amountFiscal: dto.amountFiscal,
          amountSpecial: dto.amountSpecial,
          amountOther: dto.amountOther,
          purpose: dto.purpose ?? '',
          spendPlan: this.plan(dto),
        })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw staleVersion();
      // Targets follow their project's unit and year (touched only when those change).
      if (org.id !== before.orgId || dto.year !== before.year) {
        await em.update(Target, { projectId: id }, { orgId: org.id, year: dto.year });
      }
      const after = await this.get(user, id, em);
      await this.audit.record(em, {
        user,
        action: 'update',
        resource: 'projects',
        resourceId: id,
        orgPath: org.path,
        before,
        after,
      });
      return after;
    });
  }

  async remove(user: AuthUser, id: number): Promise<ProjectView> {
    return this.db.transaction(async (em) => {
      const before = await this.get(user, id, em);
      const targets = await em.count(Target, { where: { projectId: id } });
      if (targets > 0)
        throw new DomainError(
          'CONFLICT',
          `项目「${before.name}」已有 ${targets} 份绩效目标表，不能删除`,
        );
      await em.delete(Project, { id });
      const org = await em.findOneByOrFail(Org, { id: before.orgId });
      await this.audit.record(em, {
        user,
        action: 'delete',
        resource: 'projects',
        resourceId: id,
        orgPath: org.path,
        before,
      });
      return before;
    });
  }

  /**
   * A project's amounts and plan are part of its declaration: while its latest target table is
   * under review or approved they change only through an adjustment (调整).
   */
  async ensureEditable(em: EntityManager, projectId: number): Promise<void> {
    const latest = await em.findOne(Target, { where: { projectId }, order: { revision: 'DESC' } });
    if (latest && ['submitted', 'dept_approved', 'approved'].includes(latest.status)) {
      throw new DomainError(
        'INVALID_STATE',
        '该项目的绩效目标表已提交或已批复，项目信息不能直接修改；如需变更请对目标表发起调整',
      );
    }
  }

  private async ensureCodeFree(
    em: EntityManager,
    year: number,
    code: string,
    exceptId?: number,
  ): Promise<void> {
    const existing = await em.find(Project, { where: { year, code }, select: { id: true } });
    if (existing.some((p) => p.id !== exceptId)) {
      throw new DomainError('CONFLICT', `${year} 年度已存在项目编码「${code}」`, {
        code: `${year} 年度已存在项目编码「${code}」`,
      });
    }
  }

  /** Loaded projects by id (no scope: for services that already checked the document's scope). */
  byIds(em: EntityManager, ids: number[]): Promise<Project[]> {
    return ids.length ? em.findBy(Project, { id: In(ids) }) : Promise.resolve([]);
  }
}
