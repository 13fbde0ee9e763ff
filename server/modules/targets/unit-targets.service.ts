import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { TargetDoc } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid } from '../../common/http/domain-error';
import { ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { WorkflowService } from '../workflow/workflow.service';
import { CreateUnitTargetDto, UnitTargetContentDto, UpdateUnitTargetDto } from './dto/target.dto';
import { UnitBudget, UnitTarget, UnitTask } from './entities/target.entity';
import { DocView, IndicatorRow, TargetDocsService } from './target-docs.service';

const SPEC: ListSpec = {
  resource: 'unit-targets',
  idColumn: 'd.id',
  sortable: {
    id: 'd.id',
    year: 'd.year',
    status: 'd.status',
    revision: 'd.revision',
    updatedAt: 'd.updatedAt',
    orgId: 'd.orgId',
  },
  defaultSort: ['id', 'DESC'],
  filters: {
    q: { kind: 'like', columns: ['o.name', 'o.code'] },
    year: { kind: 'eq', column: 'd.year', type: 'int' },
    status: { kind: 'eq', column: 'd.status', type: 'string' },
    orgId: { kind: 'eq', column: 'd.orgId', type: 'int' },
    current: { kind: 'eq', column: 'd.current', type: 'bool' },
  },
};

function tasksOf(dto: UnitTargetContentDto): UnitTask[] | undefined {
  return dto.tasks?.map((t) => ({
    name: t.name,
    content: t.content ?? '',
    amount: t.amount ?? '',
    amountFiscal: t.amountFiscal ?? '',
  }));
}

function budgetOf(dto: UnitTargetContentDto): UnitBudget | undefined {
  const b = dto.budget;
  return b
    ? {
        total: b.total ?? '',
        fiscal: b.fiscal ?? '',
        special: b.special ?? '',
        other: b.other ?? '',
        basic: b.basic ?? '',
        project: b.project ?? '',
      }
    : undefined;
}

export const EMPTY_BUDGET: UnitBudget = {
  total: '',
  fiscal: '',
  special: '',
  other: '',
  basic: '',
  project: '',
};

/** 部门（单位）整体绩效目标表: one per unit and year (plus its adjustments). */
@Injectable()
export class UnitTargetsService extends TargetDocsService<UnitTarget> {
  protected readonly resource = 'unit-targets' as const;
  protected readonly entity = UnitTarget;
  protected readonly label = '整体绩效目标表';
  protected readonly spec = SPEC;

  constructor(@InjectDataSource() db: DataSource, audit: AuditService, workflow: WorkflowService) {
    super(db, audit, workflow);
  }

  protected async checkInput(
    _em: EntityManager,
    _doc: UnitTarget,
    rows: IndicatorRow[],
  ): Promise<TargetDoc> {
    return { kind: 'department', indicators: rows };
  }

  protected sameSubject(doc: UnitTarget) {
    return {
      where: 'd.orgId = :subjectOrg AND d.year = :subjectYear',
      params: { subjectOrg: doc.orgId, subjectYear: doc.year },
    };
  }

  protected subjectKey(doc: Partial<UnitTarget>): string {
    return `${doc.orgId}:${doc.year}`;
  }

  protected subjectsWhere(docs: Partial<UnitTarget>[]) {
    return {
      where: 'd.orgId IN (:...subjectOrgs) AND d.year IN (:...subjectYears)',
      params: {
        subjectOrgs: [...new Set(docs.map((d) => d.orgId))],
        subjectYears: [...new Set(docs.map((d) => d.year))],
      },
    };
  }

  protected copyFields(doc: UnitTarget): Partial<UnitTarget> {
    return { tasks: doc.tasks, budget: doc.budget };
  }

  async create(user: AuthUser, dto: CreateUnitTargetDto): Promise<DocView<UnitTarget>> {
    if (user.role !== 'unit')
      throw new DomainError('FORBIDDEN', '只有项目单位可以填报整体绩效目标');
    return this.db.transaction(async (em) => {
      const orgId = dto.orgId ?? user.orgId;
      const org = orgId ? await em.findOneBy(Org, { id: orgId }) : null;
      if (!org || !user.orgPath || !org.path.startsWith(user.orgPath))
        throw invalid('orgId', '预算单位不存在或无权访问');
      if (org.type !== 'unit') throw invalid('orgId', '整体绩效目标表必须属于预算单位');
      if (await em.exists(UnitTarget, { where: { orgId: org.id, year: dto.year } })) {
        throw new DomainError('CONFLICT', `「${org.name}」${dto.year} 年度已有整体绩效目标表`, {
          year: '该年度已有整体绩效目标表',
        });
      }
      const id = await this.insertDoc(
        em,
        user,
        {
          orgId: org.id,
          year: dto.year,
          revision: 1,
          status: 'draft',
          current: false,
          goals: dto.goals ?? [],
          tasks: tasksOf(dto) ?? [],
          budget: budgetOf(dto) ?? EMPTY_BUDGET,
        },
        this.toRows(dto.indicators),
        org,
        'create',
      );
      return this.get(user, id, em);
    });
  }

  update(user: AuthUser, id: number, dto: UpdateUnitTargetDto): Promise<DocView<UnitTarget>> {
    const extra: Partial<UnitTarget> = {};
    const tasks = tasksOf(dto);
    const budget = budgetOf(dto);
    if (tasks) extra.tasks = tasks;
    if (budget) extra.budget = budget;
    return this.updateContent(user, id, dto.version, dto, extra);
  }
}
