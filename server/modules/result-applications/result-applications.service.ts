import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_RESULT_RULES, ResultRules } from '../../../shared/domain/results';
import { GRADES } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import {
  DecideResultApplicationDto,
  GenerateResultApplicationsDto,
  UpdateResultRuleDto,
} from './dto/result-application.dto';
import { ResultApplication, ResultRule } from './entities/result-application.entity';

const SPEC: ListSpec = {
  resource: 'result-applications',
  idColumn: 'r.id',
  sortable: {
    id: 'r.id',
    year: 'r.year',
    title: 'r.title',
    total: 'r.total',
    grade: `CASE r.grade WHEN '优' THEN 4 WHEN '良' THEN 3 WHEN '中' THEN 2 ELSE 1 END`,
    suggestion: 'r.suggestion',
    decision: 'r.decision',
    budgetAdjusted: 'r.budgetAdjusted',
    decidedAt: 'r.decidedAt',
  },
  defaultSort: ['total', 'DESC'],
  filters: {
    q: { kind: 'like', columns: ['r.title', 'o.name'] },
    year: { kind: 'eq', column: 'r.year', type: 'int' },
    budgetYear: { kind: 'eq', column: 'r.budgetYear', type: 'int' },
    orgId: { kind: 'eq', column: 'r.orgId', type: 'int' },
    grade: { kind: 'eq', column: 'r.grade', type: 'string' },
    suggestion: { kind: 'eq', column: 'r.suggestion', type: 'string' },
    decision: { kind: 'eq', column: 'r.decision', type: 'string' },
    decided: {
      kind: 'custom',
      type: 'bool',
      apply: (qb, value) => qb.andWhere(value ? 'r.decision IS NOT NULL' : 'r.decision IS NULL'),
    },
  },
};

export type ResultApplicationView = ResultApplication & { orgName: string };
export interface ResultRuleView {
  /** the region's id: one rule per region */
  id: number;
  orgId: number;
  orgName: string;
  rules: ResultRules;
  /** 0 = the region uses the default rule */
  version: number;
  stored: boolean;
  defaults: ResultRules;
  updatedAt: Date | null;
}

type Joined = ResultApplication & { org?: Org };

/** The region (财政) a materialised path lies in: its first id. */
export function regionIdOf(path: string): number {
  return Number(path.split('/')[1]);
}

/**
 * 结果应用: next year's budget treatment of each approved project self-evaluation. Generation is
 * one INSERT … SELECT of the rows not generated yet (idempotent; the unique evaluationId guards a
 * concurrent run); the suggestion follows the region's rule at that moment. Decisions are
 * versioned and audited.
 */
@Injectable()
export class ResultApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  scoped(
    user: AuthUser,
    em: EntityManager = this.db.manager,
  ): SelectQueryBuilder<ResultApplication> {
    const qb = em
      .createQueryBuilder(ResultApplication, 'r')
      .innerJoinAndMapOne('r.org', Org, 'o', 'o.id = r.orgId');
    if (user.orgPath !== null) qb.where('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
    return qb;
  }

  private toView({ org, ...rest }: Joined): ResultApplicationView {
    return Object.assign(new ResultApplication(), rest, { orgName: org?.name ?? '' });
  }

  async list(user: AuthUser, query: Record<string, unknown>, res: Response) {
    return (await listPage(this.scoped(user), query, SPEC, res)).map((r) => this.toView(r));
  }

  async get(user: AuthUser, id: number, em?: EntityManager): Promise<ResultApplicationView> {
    const found: Joined | null = await this.scoped(user, em)
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!found) throw notFound('结果应用记录');
    return this.toView(found);
  }

  async decide(
    user: AuthUser,
    id: number,
    dto: DecideResultApplicationDto,
  ): Promise<ResultApplicationView> {
    if (user.role !== 'finance') throw new DomainError('FORBIDDEN', '只有财政局可以作出处理决定');
    const comment = (dto.comment ?? '').trim();
    if (dto.decision === '其他' && comment === '')
      throw invalid('comment', '处理决定为「其他」时必须填写说明');
    return this.db.transaction(async (em) => {
      const before = await this.get(user, id, em);
      const update = await em
        .createQueryBuilder()
        .update(ResultApplication)
        .set({
          decision: dto.decision,
          comment,
          decidedBy: user.id,
          decidedByName: user.name,
          decidedAt: new Date(),
        })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!update.affected) throw staleVersion();
      const after = await this.get(user, id, em);
      const org = await em.findOneByOrFail(Org, { id: before.orgId });
      await this.audit.record(em, {
        user,
        action: 'decide',
        resource: 'result-applications',
        resourceId: id,
        orgPath: org.path,
        before: { decision: before.decision, comment: before.comment },
        after: { decision: after.decision, comment: after.comment, suggestion: after.suggestion },
      });
      return after;
    });
  }

  /** Creates the rows missing for `year` in the finance user's region; existing rows stay. */
  async generate(user: AuthUser, dto: GenerateResultApplicationsDto) {
    if (user.role !== 'finance' || !user.orgPath)
      throw new DomainError('FORBIDDEN', '只有财政局可以生成结果应用清单');
    const orgPath = user.orgPath;
    const regionId = regionIdOf(orgPath);
    return this.db.transaction(async (em) => {
      const rules = await this.rulesOf(em, regionId);
      const count = async (): Promise<number> =>
        this.scoped(user, em).andWhere('r.year = :year', { year: dto.year }).getCount();
      const before = await count();
      await em.query(
        `INSERT INTO result_applications (evaluationId, orgId, regionId, year, budgetYear,
           projectId, title, total, grade, budgetAdjusted, budgetExecuted, suggestion, rule,
           decision, comment, version)
         SELECT e.id, e.orgId, ?, e.year, e.year + 1, t.projectId, e.title,
           COALESCE(e.reviewTotal, e.total), e.finalGrade, e.budgetAdjusted, e.budgetExecuted,
           CASE e.finalGrade ${GRADES.map(() => 'WHEN ? THEN ?').join(' ')} END, ?, NULL, '', 1
         FROM evaluations e JOIN orgs o ON o.id = e.orgId LEFT JOIN targets t ON t.id = e.targetId
         WHERE o.path LIKE ? AND e.year = ? AND e.kind = 'project' AND e.status = 'approved'
           AND NOT EXISTS (SELECT 1 FROM result_applications x WHERE x.evaluationId = e.id)`,
        [
          regionId,
          ...GRADES.flatMap((g) => [g, rules[g]]),
          JSON.stringify(rules),
          `${orgPath}%`,
          dto.year,
        ],
      );
      const total = await count();
      const created = total - before;
      if (created > 0) {
        await this.audit.record(em, {
          user,
          action: 'generate',
          resource: 'result-applications',
          resourceId: null,
          orgPath,
          after: { year: dto.year, budgetYear: dto.year + 1, created, rules },
        });
      }
      return { year: dto.year, budgetYear: dto.year + 1, created, total, rules };
    });
  }

  private async rulesOf(em: EntityManager, regionId: number): Promise<ResultRules> {
    const stored = await em.findOneBy(ResultRule, { orgId: regionId });
    return stored ? { ...DEFAULT_RESULT_RULES, ...stored.rules } : { ...DEFAULT_RESULT_RULES };
  }

  // ——— rules (one per region) ———

  private async regions(user: AuthUser, em: EntityManager, id?: number): Promise<Org[]> {
    const qb = em.createQueryBuilder(Org, 'o').where("o.type = 'region'");
    if (user.orgPath !== null) qb.andWhere('o.id = :region', { region: regionIdOf(user.orgPath) });
    if (id !== undefined) qb.andWhere('o.id = :id', { id });
    return qb.orderBy('o.code', 'ASC').getMany();
  }

  private async ruleView(em: EntityManager, region: Org): Promise<ResultRuleView> {
    const stored = await em.findOneBy(ResultRule, { orgId: region.id });
    return {
      id: region.id,
      orgId: region.id,
      orgName: region.name,
      rules: stored ? { ...DEFAULT_RESULT_RULES, ...stored.rules } : { ...DEFAULT_RESULT_RULES },
      version: stored?.version ?? 0,
      stored: Boolean(stored),
      defaults: { ...DEFAULT_RESULT_RULES },
      updatedAt: stored?.updatedAt ?? null,
    };
  }

  async listRules(user: AuthUser, res: Response): Promise<ResultRuleView[]> {
    const em = this.db.manager;
    const regions = await this.regions(user, em);
    const views = await Promise.all(regions.map((r) => this.ruleView(em, r)));
    res.setHeader(
      'Content-Range',
      `result-rules 0-${Math.max(views.length - 1, 0)}/${views.length}`,
    );
    return views;
  }

  async getRule(user: AuthUser, id: number, em: EntityManager = this.db.manager) {
    const [region] = await this.regions(user, em, id);
    if (!region) throw notFound('结果应用规则');
    return this.ruleView(em, region);
  }

  async updateRule(user: AuthUser, id: number, dto: UpdateResultRuleDto): Promise<ResultRuleView> {
    if (user.role !== 'finance' && user.role !== 'admin')
      throw new DomainError('FORBIDDEN', '只有财政局或系统管理员可以修改结果应用规则');
    return this.db.transaction(async (em) => {
      const before = await this.getRule(user, id, em);
      const rules: ResultRules = {
        优: dto.rules.优,
        良: dto.rules.良,
        中: dto.rules.中,
        差: dto.rules.差,
      };
      if (dto.version !== before.version) throw staleVersion();
      if (before.stored) {
        const update = await em
          .createQueryBuilder()
          .update(ResultRule)
          .set({ rules })
          .where('orgId = :id AND version = :version', { id, version: dto.version })
          .execute();
        if (!update.affected) throw staleVersion();
      } else {
        // A concurrent first save hits the unique orgId: 409, as a stale version would.
        await em.insert(ResultRule, { orgId: id, rules });
      }
      const after = await this.getRule(user, id, em);
      const region = await em.findOneByOrFail(Org, { id });
      await this.audit.record(em, {
        user,
        action: 'update',
        resource: 'result-rules',
        resourceId: id,
        orgPath: region.path,
        before: { rules: before.rules },
        after: { rules: after.rules },
      });
      return after;
    });
  }
}
