import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { monitoringLights, REASON_KEYS, REASON_LABELS } from '../../../shared/monitoring';
import type { Finding } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { Project } from '../projects/entities/project.entity';
import { TargetIndicator } from '../targets/entities/target-indicator.entity';
import { Target, TargetDocument, UnitTarget } from '../targets/entities/target.entity';
import { WorkflowEvent } from '../workflow/entities/workflow-event.entity';
import {
  allowedActions,
  assertSubmittable,
  ReviewAction,
  WorkflowService,
} from '../workflow/workflow.service';
import { CreateMonitoringDto, UpdateMonitoringDto } from './dto/monitoring.dto';
import { MonitoringIndicator, MonitoringReport, Reasons } from './entities/monitoring.entity';

const SPEC: ListSpec = {
  resource: 'monitoring',
  idColumn: 'm.id',
  sortable: {
    id: 'm.id',
    year: 'm.year',
    month: 'm.month',
    title: 'm.title',
    status: 'm.status',
    overallLight: 'm.overallLight',
    updatedAt: 'm.updatedAt',
  },
  defaultSort: ['id', 'DESC'],
  filters: {
    q: { kind: 'like', columns: ['m.title', 'o.name'] },
    year: { kind: 'eq', column: 'm.year', type: 'int' },
    month: { kind: 'eq', column: 'm.month', type: 'int' },
    status: { kind: 'eq', column: 'm.status', type: 'string' },
    orgId: { kind: 'eq', column: 'm.orgId', type: 'int' },
    overallLight: { kind: 'eq', column: 'm.overallLight', type: 'string' },
    targetId: { kind: 'eq', column: 'm.targetId', type: 'int' },
    unitTargetId: { kind: 'eq', column: 'm.unitTargetId', type: 'int' },
  },
};

const EMPTY_REASONS: Reasons = {
  funding: '',
  institution: '',
  staffing: '',
  hardware: '',
  other: '',
};
const EDITABLE = ['draft', 'returned'];

type Row = Omit<MonitoringIndicator, 'id' | 'reportId' | 'ordinal'>;
type Joined = MonitoringReport & { org?: Org };

export type MonitoringView = MonitoringReport & {
  orgName: string;
  indicators?: Row[];
  history?: WorkflowEvent[];
  actions?: string[];
};

/** Lights and findings of a report: computed by the server on every save. */
function evaluate(
  report: Pick<MonitoringReport, 'month' | 'budget' | 'executed' | 'spendPlan'>,
  rows: Row[],
) {
  const lights = monitoringLights({
    month: report.month,
    budget: report.budget,
    executed: report.executed,
    spendPlan: report.spendPlan ?? undefined,
    indicators: rows,
  });
  const findings: Finding[] = [];
  lights.indicators.forEach((l, i) => {
    const row = rows[i];
    if (!l.shortfall) return;
    const hasReason = REASON_KEYS.some((k) => row.reasons[k].trim() !== '');
    if (!hasReason || row.measures.trim() === '') {
      findings.push({
        code: 'UNMET_WITHOUT_REASON',
        severity: 'error',
        path: `indicators[${i}].${hasReason ? 'measures' : 'reasons'}`,
        message: `「${row.name}」预计不能完成年度目标，请填写偏差原因（${REASON_KEYS.map((k) => REASON_LABELS[k]).join('／')}）和纠偏措施`,
      });
    }
    if (row.likelihood === '') {
      findings.push({
        code: 'UNMET_WITHOUT_REASON',
        severity: 'warning',
        path: `indicators[${i}].likelihood`,
        message: `「${row.name}」请判断完成年度目标的可能性`,
      });
    }
  });
  return {
    lights,
    findings,
    rows: rows.map((r, i) => ({ ...r, light: lights.indicators[i].light })),
  };
}

/**
 * 绩效运行监控: created from the approved targets with every indicator pre-filled; the unit
 * reports progress, the server computes the warning lights, an expected shortfall needs its
 * reasons and measures before the report can be submitted.
 */
@Injectable()
export class MonitoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly workflow: WorkflowService,
  ) {}

  scoped(
    user: AuthUser,
    em: EntityManager = this.db.manager,
  ): SelectQueryBuilder<MonitoringReport> {
    const qb = em
      .createQueryBuilder(MonitoringReport, 'm')
      .innerJoinAndMapOne('m.org', Org, 'o', 'o.id = m.orgId');
    if (user.orgPath !== null) qb.where('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
    return qb;
  }

  private toView(m: Joined): MonitoringView {
    const { org, ...rest } = m;
    return Object.assign(new MonitoringReport(), rest, { orgName: org?.name ?? '' });
  }

  async list(
    user: AuthUser,
    query: Record<string, unknown>,
    res: Response,
  ): Promise<MonitoringView[]> {
    return (await listPage(this.scoped(user), query, SPEC, res)).map((m) => this.toView(m));
  }

  private async load(user: AuthUser, id: number, em: EntityManager) {
    const found: Joined | null = await this.scoped(user, em)
      .andWhere('m.id = :id', { id })
      .getOne();
    if (!found?.org) throw notFound('绩效运行监控表');
    return { report: found, org: found.org };
  }

  private async rows(em: EntityManager, id: number): Promise<Row[]> {
    const rows = await em.find(MonitoringIndicator, {
      where: { reportId: id },
      order: { ordinal: 'ASC' },
    });
    return rows.map(({ id: _i, reportId: _r, ordinal: _o, ...row }) => row);
  }

  async get(
    user: AuthUser,
    id: number,
    em: EntityManager = this.db.manager,
  ): Promise<MonitoringView> {
    const { report } = await this.load(user, id, em);
    const view = this.toView(report);
    view.indicators = await this.rows(em, id);
    view.history = await this.workflow.history(em, 'monitoring', id);
    view.actions = [
      ...(EDITABLE.includes(report.status) && user.role === 'unit' ? ['edit'] : []),
      ...allowedActions(user.role, report.status),
    ];
    return view;
  }

  private async saveRows(em: EntityManager, id: number, rows: Row[]): Promise<void> {
    await em.delete(MonitoringIndicator, { reportId: id });
    if (rows.length)
      await em.insert(
        MonitoringIndicator,
        rows.map((r, ordinal) => ({ ...r, reportId: id, ordinal })),
      );
  }

  async create(user: AuthUser, dto: CreateMonitoringDto): Promise<MonitoringView> {
    return this.db.transaction((em) => this.createIn(em, user, dto));
  }

  /**
   * `create` inside the caller's transaction (an Excel import saves all its sheets at once);
   * `import` records the step as 从 Excel 导入 in the history and the audit log.
   */
  async createIn(
    em: EntityManager,
    user: AuthUser,
    dto: CreateMonitoringDto,
    action: 'create' | 'import' = 'create',
  ): Promise<MonitoringView> {
    if (user.role !== 'unit') throw new DomainError('FORBIDDEN', '只有项目单位可以填报运行监控');
    if (Boolean(dto.targetId) === Boolean(dto.unitTargetId))
      throw invalid('targetId', '请选择一份项目绩效目标表或整体绩效目标表');
    const field = dto.targetId ? 'targetId' : 'unitTargetId';
    const kind: MonitoringReport['kind'] = dto.targetId ? 'project' : 'department';
    const docId = (dto.targetId ?? dto.unitTargetId) as number;
    const doc: TargetDocument | null = await em.findOneBy(dto.targetId ? Target : UnitTarget, {
      id: docId,
    });
    const org = doc ? await em.findOneBy(Org, { id: doc.orgId }) : null;
    if (!doc || !org || !user.orgPath || !org.path.startsWith(user.orgPath))
      throw invalid(field, '绩效目标表不存在或无权访问');
    if (doc.status !== 'approved' || !doc.current)
      throw invalid(field, '只能对已批复的现行绩效目标表开展运行监控');
    if (await em.exists(MonitoringReport, { where: { [field]: docId, month: dto.month } })) {
      throw new DomainError('CONFLICT', `该目标表已有 ${dto.month} 月的监控表`, {
        month: `已有 ${dto.month} 月的监控表`,
      });
    }
    const project = dto.targetId
      ? await em.findOneByOrFail(Project, { id: (doc as Target).projectId })
      : null;
    const targetRows = await em.find(TargetIndicator, {
      where: { docType: dto.targetId ? 'targets' : 'unit-targets', docId },
      order: { ordinal: 'ASC' },
    });
    const rows: Row[] = targetRows.map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      target: r.target,
      progress: '',
      expected: '',
      likelihood: '',
      reasons: { ...EMPTY_REASONS },
      measures: '',
      light: 'none',
    }));
    const base = {
      kind,
      targetId: dto.targetId ?? null,
      unitTargetId: dto.unitTargetId ?? null,
      orgId: org.id,
      year: doc.year,
      title: project?.name ?? org.name,
      month: dto.month,
      status: 'draft' as const,
      budget: project?.amountTotal ?? ((doc as UnitTarget).budget.total || '0'),
      executed: '0',
      expectedExecuted: null,
      spendPlan: project?.spendPlan ?? null,
    };
    const computed = evaluate(base, rows);
    const inserted = await em.insert(MonitoringReport, {
      ...base,
      lights: computed.lights,
      overallLight: computed.lights.overall,
      findings: computed.findings,
    });
    const id = Number(inserted.identifiers[0].id);
    await this.saveRows(em, id, computed.rows);
    await this.workflow.record(em, {
      resource: 'monitoring',
      docId: id,
      action,
      from: null,
      to: 'draft',
      user,
      ...(action === 'import' ? { comment: '从 Excel 导入' } : {}),
    });
    await this.audit.record(em, {
      user,
      action,
      resource: 'monitoring',
      resourceId: id,
      orgPath: org.path,
      after: base,
    });
    return this.get(user, id, em);
  }

  async update(user: AuthUser, id: number, dto: UpdateMonitoringDto): Promise<MonitoringView> {
    return this.db.transaction((em) => this.updateIn(em, user, id, dto));
  }

  /** `update` inside the caller's transaction (an Excel import saves all its sheets at once). */
  async updateIn(
    em: EntityManager,
    user: AuthUser,
    id: number,
    dto: UpdateMonitoringDto,
    action: 'update' | 'import' = 'update',
  ): Promise<MonitoringView> {
    const { report, org } = await this.load(user, id, em);
    if (!EDITABLE.includes(report.status))
      throw new DomainError('INVALID_STATE', '监控表已提交或已审核，不能修改');
    const current = await this.rows(em, id);
    if (dto.indicators.length !== current.length) {
      throw invalid(
        'indicators',
        `监控表应有 ${current.length} 行指标（与批复的绩效目标一致），收到 ${dto.indicators.length} 行`,
      );
    }
    const rows: Row[] = current.map((row, i) => {
      const input = dto.indicators[i];
      return {
        ...row,
        progress: (input.progress ?? '').trim(),
        expected: (input.expected ?? '').trim(),
        likelihood: input.likelihood ?? '',
        reasons: {
          ...EMPTY_REASONS,
          ...Object.fromEntries(
            Object.entries(input.reasons ?? {}).map(([k, v]) => [k, String(v ?? '').trim()]),
          ),
        },
        measures: (input.measures ?? '').trim(),
      };
    });
    const next = {
      ...report,
      executed: dto.executed,
      expectedExecuted: dto.expectedExecuted ?? null,
    };
    const computed = evaluate(next, rows);
    const result = await em
      .createQueryBuilder()
      .update(MonitoringReport)
      .set({
        executed: next.executed,
        expectedExecuted: next.expectedExecuted,
        lights: computed.lights,
        overallLight: computed.lights.overall,
        findings: computed.findings,
      })
      .where('id = :id AND version = :version', { id, version: dto.version })
      .execute();
    if (!result.affected) throw staleVersion();
    await this.saveRows(em, id, computed.rows);
    await this.audit.record(em, {
      user,
      action,
      resource: 'monitoring',
      resourceId: id,
      orgPath: org.path,
      before: { executed: report.executed, indicators: current },
      after: { executed: next.executed, indicators: computed.rows },
    });
    return this.get(user, id, em);
  }

  async remove(user: AuthUser, id: number): Promise<MonitoringView> {
    return this.db.transaction(async (em) =>
      this.workflow.removeDraft(em, {
        user,
        id,
        resource: 'monitoring',
        label: '监控表',
        view: await this.get(user, id, em),
        entity: MonitoringReport,
        rows: [[MonitoringIndicator, { reportId: id }]],
        authorOnly: true,
      }),
    );
  }

  async act(
    user: AuthUser,
    id: number,
    action: ReviewAction,
    comment: string,
    expectedVersion?: number,
  ): Promise<MonitoringView> {
    return this.db.transaction(async (em) => {
      const { report, org } = await this.load(user, id, em);
      if (action === 'submit') {
        assertSubmittable('监控表', report.findings);
      }
      await this.workflow.transition(em, {
        entity: MonitoringReport,
        resource: 'monitoring',
        doc: report,
        orgPath: org.path,
        action,
        user,
        comment,
        expectedVersion,
      });
      return this.get(user, id, em);
    });
  }
}
