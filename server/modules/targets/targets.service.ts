import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { TargetDoc } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/http/domain-error';
import { ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { Project } from '../projects/entities/project.entity';
import { ProjectsService } from '../projects/projects.service';
import { WorkflowService } from '../workflow/workflow.service';
import { CreateTargetDto, UpdateTargetDto } from './dto/target.dto';
import { Target } from './entities/target.entity';
import { DocView, IndicatorRow, TargetDocsService } from './target-docs.service';

const SPEC: ListSpec = {
  resource: 'targets',
  idColumn: 'd.id',
  sortable: {
    id: 'd.id',
    year: 'd.year',
    status: 'd.status',
    revision: 'd.revision',
    updatedAt: 'd.updatedAt',
    projectCode: 'p.code',
    projectName: 'p.name',
  },
  defaultSort: ['id', 'DESC'],
  filters: {
    q: { kind: 'like', columns: ['p.code', 'p.name'] },
    projectId: { kind: 'eq', column: 'd.projectId', type: 'int' },
    year: { kind: 'eq', column: 'd.year', type: 'int' },
    status: { kind: 'eq', column: 'd.status', type: 'string' },
    orgId: { kind: 'eq', column: 'd.orgId', type: 'int' },
    current: { kind: 'eq', column: 'd.current', type: 'bool' },
  },
};

/** What the review checks read of a project target table. */
function projectCheck(p: Project, rows: IndicatorRow[]): TargetDoc {
  return {
    kind: 'project',
    indicators: rows,
    spendPlan: p.spendPlan,
    amounts: {
      total: p.amountTotal,
      fiscal: p.amountFiscal,
      special: p.amountSpecial,
      other: p.amountOther,
    },
  };
}

/** 项目（政策）绩效目标表: one per project and year (plus its adjustments). */
@Injectable()
export class TargetsService extends TargetDocsService<Target> {
  protected readonly resource = 'targets' as const;
  protected readonly entity = Target;
  protected readonly label = '项目绩效目标表';
  protected readonly spec = SPEC;

  constructor(
    @InjectDataSource() db: DataSource,
    audit: AuditService,
    workflow: WorkflowService,
    private readonly projects: ProjectsService,
  ) {
    super(db, audit, workflow);
  }

  override scoped(user: AuthUser, em?: EntityManager): SelectQueryBuilder<Target> {
    return super
      .scoped(user, em)
      .innerJoinAndMapOne('d.project', Project, 'p', 'p.id = d.projectId');
  }

  protected async checkInput(
    em: EntityManager,
    doc: Target,
    rows: IndicatorRow[],
  ): Promise<TargetDoc> {
    return projectCheck(await em.findOneByOrFail(Project, { id: doc.projectId }), rows);
  }

  protected sameSubject(doc: Target) {
    return { where: 'd.projectId = :subject', params: { subject: doc.projectId } };
  }

  protected subjectKey(doc: Partial<Target>): string {
    return String(doc.projectId);
  }

  protected subjectsWhere(docs: Partial<Target>[]) {
    return {
      where: 'd.projectId IN (:...subjects)',
      params: { subjects: [...new Set(docs.map((d) => d.projectId))] },
    };
  }

  /** The projects of all the documents in one query. */
  protected override async checkInputs(
    em: EntityManager,
    docs: { doc: Target; rows: IndicatorRow[] }[],
  ): Promise<TargetDoc[]> {
    if (docs.length === 0) return [];
    const projects = new Map(
      (
        await em.find(Project, {
          where: { id: In([...new Set(docs.map((d) => d.doc.projectId))]) },
        })
      ).map((p) => [p.id, p]),
    );
    return docs.map(({ doc, rows }) => {
      const p = projects.get(doc.projectId);
      if (!p) throw new Error(`project ${doc.projectId} not found`);
      return projectCheck(p, rows);
    });
  }

  protected copyFields(doc: Target): Partial<Target> {
    return { projectId: doc.projectId };
  }

  async create(user: AuthUser, dto: CreateTargetDto): Promise<DocView<Target>> {
    if (user.role !== 'unit') throw new DomainError('FORBIDDEN', '只有项目单位可以填报绩效目标');
    return this.db.transaction(async (em) => {
      const project = await this.projects.get(user, dto.projectId, em).catch(() => {
        throw new DomainError('VALIDATION', '项目不存在或无权访问', {
          projectId: '项目不存在或无权访问',
        });
      });
      if (await em.exists(Target, { where: { projectId: project.id } })) {
        throw new DomainError(
          'CONFLICT',
          `项目「${project.name}」已有绩效目标表，请在原表上修改或发起调整`,
          { projectId: '该项目已有绩效目标表' },
        );
      }
      const org = await this.orgOf(em, project.orgId);
      const id = await this.insertDoc(
        em,
        user,
        {
          projectId: project.id,
          year: project.year,
          orgId: project.orgId,
          revision: 1,
          status: 'draft',
          current: false,
          goals: dto.goals ?? [],
        },
        this.toRows(dto.indicators),
        org,
        'create',
      );
      return this.get(user, id, em);
    });
  }

  update(user: AuthUser, id: number, dto: UpdateTargetDto): Promise<DocView<Target>> {
    return this.updateContent(user, id, dto.version, dto, {});
  }
}
