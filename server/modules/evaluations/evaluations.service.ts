import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { canonical, Dec } from '../../../shared/decimal';
import { findTemplate, SheetResult } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { EvaluationFinding } from '../dashboard/entities/evaluation-finding.entity';
import { syncEvaluationFindings } from '../dashboard/evaluation-findings';
import { MonitoringIndicator, MonitoringReport } from '../monitoring/entities/monitoring.entity';
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
import {
  CreateEvaluationDto,
  ReviewScoresDto,
  SampleDto,
  UpdateEvaluationDto,
} from './dto/evaluation.dto';
import { Evaluation, EvaluationIndicator, EvaluationSample } from './entities/evaluation.entity';
import { sampleIds } from './sample';
import { defaultTemplate, EvaluationRow, reviewScore, score, templateDefaults } from './sheet';

const SPEC: ListSpec = {
  resource: 'evaluations',
  idColumn: 'e.id',
  sortable: {
    id: 'e.id',
    year: 'e.year',
    title: 'e.title',
    total: 'e.total',
    reviewTotal: 'e.reviewTotal',
    finalGrade: 'e.finalGrade',
    status: 'e.status',
    updatedAt: 'e.updatedAt',
    executionRate: 'e.executionRate',
  },
  defaultSort: ['id', 'DESC'],
  filters: {
    q: { kind: 'like', columns: ['e.title', 'o.name'] },
    year: { kind: 'eq', column: 'e.year', type: 'int' },
    status: { kind: 'eq', column: 'e.status', type: 'string' },
    kind: { kind: 'eq', column: 'e.kind', type: 'string' },
    orgId: { kind: 'eq', column: 'e.orgId', type: 'int' },
    grade: { kind: 'eq', column: 'e.grade', type: 'string' },
    finalGrade: { kind: 'eq', column: 'e.finalGrade', type: 'string' },
    targetId: { kind: 'eq', column: 'e.targetId', type: 'int' },
    unitTargetId: { kind: 'eq', column: 'e.unitTargetId', type: 'int' },
    sampled: { kind: 'eq', column: 'e.sampled', type: 'bool' },
  },
};

const EDITABLE = ['draft', 'returned'];

type Joined = Evaluation & { org?: Org };

export type EvaluationView = Omit<
  Evaluation,
  'budgetInitial' | 'budgetAdjusted' | 'budgetExecuted' | 'budgetWeight'
> & {
  orgName: string;
  budget: { initial: string; adjusted: string; executed: string; weight: string };
  indicators?: (EvaluationRow & { computed: SheetResult['indicators'][number] | null })[];
  history?: WorkflowEvent[];
  actions?: string[];
};

function rowsOf(dto: UpdateEvaluationDto): EvaluationRow[] {
  return dto.indicators.map((r) => ({
    level1: r.level1.trim(),
    level2: (r.level2 ?? '').trim(),
    name: r.name.trim(),
    target: (r.target ?? '').trim(),
    actual: (r.actual ?? '').trim(),
    weight: r.weight,
    score: r.score === undefined || r.score === null || r.score === '' ? null : r.score,
    level: r.level ?? null,
    applicable: r.applicable ?? true,
    reason: r.reason ?? '',
    basis: r.basis ?? '',
  }));
}

/** A row as reading it back from its DECIMAL columns gives it (`"3.50"` → `"3.5"`). */
function asStored(r: EvaluationRow): EvaluationRow {
  return { ...r, weight: canonical(r.weight), score: r.score === null ? null : canonical(r.score) };
}

/** Sets the stored figures from a computed result. */
function figures(
  result: SheetResult,
): Pick<Evaluation, 'result' | 'total' | 'grade' | 'executionRate' | 'executionScore'> {
  return {
    result,
    total: result.total,
    grade: result.grade,
    executionRate: result.executionRate,
    executionScore: result.executionScore,
  };
}

/**
 * 绩效自评. The server computes every figure with the scoring core on each save and stores it; the
 * client's numbers are never trusted. Review goes through the shared workflow; the 财政局 can
 * re-score (复核) and draw samples (抽评).
 */
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly workflow: WorkflowService,
  ) {}

  scoped(user: AuthUser, em: EntityManager = this.db.manager): SelectQueryBuilder<Evaluation> {
    const qb = em
      .createQueryBuilder(Evaluation, 'e')
      .innerJoinAndMapOne('e.org', Org, 'o', 'o.id = e.orgId');
    if (user.orgPath !== null) qb.where('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
    return qb;
  }

  private toView(e: Joined): EvaluationView {
    const { org, budgetInitial, budgetAdjusted, budgetExecuted, budgetWeight, ...rest } = e;
    return {
      ...rest,
      orgName: org?.name ?? '',
      budget: {
        initial: budgetInitial,
        adjusted: budgetAdjusted,
        executed: budgetExecuted,
        weight: budgetWeight,
      },
    };
  }

  async list(
    user: AuthUser,
    query: Record<string, unknown>,
    res: Response,
  ): Promise<EvaluationView[]> {
    return (await listPage(this.scoped(user), query, SPEC, res)).map((e) => this.toView(e));
  }

  private async load(
    user: AuthUser,
    id: number,
    em: EntityManager,
  ): Promise<{ ev: Evaluation; org: Org }> {
    const found: Joined | null = await this.scoped(user, em)
      .andWhere('e.id = :id', { id })
      .getOne();
    if (!found?.org) throw notFound('绩效自评表');
    return { ev: found, org: found.org };
  }

  private async rows(em: EntityManager, id: number): Promise<EvaluationRow[]> {
    const rows = await em.find(EvaluationIndicator, {
      where: { evaluationId: id },
      order: { ordinal: 'ASC' },
    });
    return rows.map(
      ({
        level1,
        level2,
        name,
        target,
        actual,
        weight,
        score,
        level,
        applicable,
        reason,
        basis,
      }) => ({
        level1,
        level2,
        name,
        target,
        actual,
        weight,
        score,
        level,
        applicable,
        reason,
        basis,
      }),
    );
  }

  async get(
    user: AuthUser,
    id: number,
    em: EntityManager = this.db.manager,
  ): Promise<EvaluationView> {
    const { ev } = await this.load(user, id, em);
    return this.view(user, ev, em, await this.rows(em, id));
  }

  /** A loaded evaluation with its indicator rows, its history and what the caller may do. */
  private async view(
    user: AuthUser,
    ev: Joined,
    em: EntityManager,
    rows: EvaluationRow[],
  ): Promise<EvaluationView> {
    const id = ev.id;
    const view = this.toView(ev);
    view.indicators = rows.map((r, i) => ({ ...r, computed: ev.result.indicators[i] ?? null }));
    view.history = await this.workflow.history(em, 'evaluations', id);
    view.actions = [
      ...(EDITABLE.includes(ev.status) && user.role === 'unit' ? ['edit'] : []),
      ...allowedActions(user.role, ev.status),
      ...(user.role === 'finance' && ['dept_approved', 'approved'].includes(ev.status)
        ? ['recheck']
        : []),
    ];
    return view;
  }

  private async saveRows(
    em: EntityManager,
    id: number,
    rows: EvaluationRow[],
    result: SheetResult,
  ): Promise<void> {
    await em.delete(EvaluationIndicator, { evaluationId: id });
    if (rows.length === 0) return;
    // One multi-row INSERT, without reading the rows back for their defaults (nothing uses them).
    await em
      .createQueryBuilder()
      .insert()
      .into(EvaluationIndicator)
      .values(
        rows.map((r, ordinal) => ({
          ...r,
          evaluationId: id,
          ordinal,
          finalScore: result.indicators[ordinal]?.applicable
            ? result.indicators[ordinal].score
            : null,
        })),
      )
      .updateEntity(false)
      .execute();
  }

  /** What the app refuses to store (the preview only reports it). */
  private refuse(result: SheetResult, rows: EvaluationRow[]): void {
    const errors: Record<string, string> = {};
    for (const f of result.findings) {
      const m = /^indicators\[(\d+)\]\.score$/.exec(f.path);
      if (f.code === 'SCORE_OUT_OF_BAND' && m) errors[`indicators.${m[1]}.score`] = f.message;
    }
    result.indicators.forEach((r, i) => {
      // A 定性 score chosen inside the band of the chosen level is the evaluator's judgement, not an override.
      const judged = r.rule === 'qualitative' && rows[i].level !== null;
      if (r.overridden && !judged && rows[i].reason.trim() === '') {
        errors[`indicators.${i}.reason`] =
          `「${r.name}」的得分 ${r.score} 与规则得分 ${r.ruleScore ?? '—'} 不同，请在偏差原因中说明理由`;
      }
    });
    const messages = Object.values(errors);
    if (messages.length)
      throw new DomainError(
        'VALIDATION',
        messages.length > 1 ? `${messages[0]}（共 ${messages.length} 处）` : messages[0],
        errors,
      );
  }

  /** A new self-evaluation from an approved target table, with the latest monitoring's figures. */
  async create(user: AuthUser, dto: CreateEvaluationDto): Promise<EvaluationView> {
    if (user.role !== 'unit') throw new DomainError('FORBIDDEN', '只有项目单位可以填报绩效自评');
    if (Boolean(dto.targetId) === Boolean(dto.unitTargetId))
      throw invalid('targetId', '请选择一份项目绩效目标表或整体绩效目标表');
    return this.db.transaction(async (em) => {
      const kind: Evaluation['kind'] = dto.targetId ? 'project' : 'department';
      const entity = dto.targetId ? Target : UnitTarget;
      const field = dto.targetId ? 'targetId' : 'unitTargetId';
      const docId = (dto.targetId ?? dto.unitTargetId) as number;
      const doc: TargetDocument | null = await em.findOneBy(entity, { id: docId });
      const org = doc ? await em.findOneBy(Org, { id: doc.orgId }) : null;
      if (!doc || !org || !user.orgPath || !org.path.startsWith(user.orgPath))
        throw invalid(field, '绩效目标表不存在或无权访问');
      if (doc.status !== 'approved' || !doc.current)
        throw invalid(field, '只能对已批复的现行绩效目标表开展自评');
      if (await em.exists(Evaluation, { where: { [field]: docId } })) {
        throw new DomainError('CONFLICT', '该绩效目标表已有自评表', {
          [field]: '该绩效目标表已有自评表',
        });
      }
      const template = dto.template ?? defaultTemplate(kind);
      const t = findTemplate(template);
      if (!t || t.kind !== kind)
        throw invalid(
          'template',
          `评分模板「${template}」不存在或不适用于${kind === 'project' ? '项目' : '部门整体'}自评`,
        );
      const { executionWeight, fundItems } = templateDefaults(template);
      const project = dto.targetId
        ? await em.findOneByOrFail(Project, { id: (doc as Target).projectId })
        : null;
      const budget = project ? project.amountTotal : (doc as UnitTarget).budget.total || '0';
      const monitoring = await em.findOne(MonitoringReport, {
        where: { [field]: docId },
        order: { month: 'DESC' },
      });
      const progress = monitoring
        ? await em.find(MonitoringIndicator, {
            where: { reportId: monitoring.id },
            order: { ordinal: 'ASC' },
          })
        : [];
      const targetRows = await em.find(TargetIndicator, {
        where: { docType: dto.targetId ? 'targets' : 'unit-targets', docId },
        order: { ordinal: 'ASC' },
      });
      const rows: EvaluationRow[] = targetRows.map((r) => ({
        level1: r.level1,
        level2: r.level2,
        name: r.name,
        target: r.target,
        actual: progress.find((p) => p.name === r.name && p.level1 === r.level1)?.expected ?? '',
        weight: r.weight ?? '0',
        score: null,
        level: null,
        applicable: true,
        reason: '',
        basis: r.basis,
      }));
      const fields = {
        kind,
        targetId: dto.targetId ?? null,
        unitTargetId: dto.unitTargetId ?? null,
        orgId: org.id,
        year: doc.year,
        title: project?.name ?? org.name,
        template,
        status: 'draft' as const,
        budgetInitial: budget,
        budgetAdjusted: budget,
        budgetExecuted: monitoring?.expectedExecuted ?? monitoring?.executed ?? '0',
        budgetWeight: executionWeight,
        fundManagement: fundItems,
        goals: doc.goals,
        summary: '',
        reported: null,
        review: null,
        reviewTotal: null,
        reviewGrade: null,
        sampled: false,
      };
      const id = await this.insertScored(em, fields, rows, {
        user,
        action: 'create',
        to: 'draft',
        orgPath: org.path,
        after: (total) => ({ ...fields, total }),
      });
      return this.get(user, id, em);
    });
  }

  /**
   * Loads an approved evaluation from a publication (demo data): the published scores are the
   * unit's scores and the published figures are kept as `reported`, so the server's own
   * arithmetic is checked against them and disagreements show as findings.
   */
  async importApproved(
    em: EntityManager,
    org: Org,
    fields: Pick<
      Evaluation,
      | 'kind'
      | 'targetId'
      | 'unitTargetId'
      | 'year'
      | 'title'
      | 'template'
      | 'goals'
      | 'summary'
      | 'reported'
      | 'fundManagement'
      | 'budgetInitial'
      | 'budgetAdjusted'
      | 'budgetExecuted'
      | 'budgetWeight'
    >,
    rows: EvaluationRow[],
    comment: string,
  ): Promise<number> {
    const full = {
      ...fields,
      orgId: org.id,
      status: 'approved' as const,
      review: null,
      reviewTotal: null,
      reviewGrade: null,
      sampled: false,
    };
    return this.insertScored(em, full, rows, {
      user: null,
      action: 'import',
      to: 'approved',
      comment,
      orgPath: org.path,
      after: (total) => ({ title: fields.title, total }),
    });
  }

  /**
   * Writes a new evaluation, scored, with its indicator rows and findings, its first history step
   * and its audit row (a clerk's 新建, or the system's import of a published table).
   */
  private async insertScored(
    em: EntityManager,
    fields: Parameters<typeof score>[0] & Partial<Evaluation>,
    rows: EvaluationRow[],
    step: {
      user: AuthUser | null;
      action: 'create' | 'import';
      to: 'draft' | 'approved';
      comment?: string;
      orgPath: string;
      after: (total: string) => object;
    },
  ): Promise<number> {
    const result = score(fields, rows);
    const inserted = await em.insert(Evaluation, {
      ...fields,
      ...figures(result),
      finalGrade: result.grade,
    });
    const id = Number(inserted.identifiers[0].id);
    await this.saveRows(em, id, rows, result);
    await syncEvaluationFindings(em, id, result.findings);
    await this.workflow.record(em, {
      resource: 'evaluations',
      docId: id,
      action: step.action,
      from: null,
      to: step.to,
      user: step.user,
      comment: step.comment,
    });
    await this.audit.record(em, {
      user: step.user,
      username: step.user ? undefined : 'system',
      action: step.action,
      resource: 'evaluations',
      resourceId: id,
      orgPath: step.orgPath,
      after: step.after(result.total),
    });
    return id;
  }

  async update(user: AuthUser, id: number, dto: UpdateEvaluationDto): Promise<EvaluationView> {
    return this.db.transaction((em) => this.updateIn(em, user, id, dto));
  }

  /** `update` inside the caller's transaction (an Excel import saves all its sheets at once). */
  async updateIn(
    em: EntityManager,
    user: AuthUser,
    id: number,
    dto: UpdateEvaluationDto,
    action: 'update' | 'import' = 'update',
  ): Promise<EvaluationView> {
    const { ev, org } = await this.load(user, id, em);
    if (!EDITABLE.includes(ev.status))
      throw new DomainError('INVALID_STATE', '自评表已提交或已批复，不能修改');
    const template = dto.template ?? ev.template;
    const t = findTemplate(template);
    if (!t || t.kind !== ev.kind)
      throw invalid('template', `评分模板「${template}」不存在或不适用`);
    if (dto.version !== ev.version) throw staleVersion();
    const rows = rowsOf(dto);
    const next = {
      ...ev,
      template,
      budgetInitial: dto.budget.initial,
      budgetAdjusted: dto.budget.adjusted,
      budgetExecuted: dto.budget.executed,
      budgetWeight: dto.budget.weight ?? ev.budgetWeight,
      fundManagement:
        dto.fundManagement?.map((f) => ({
          item: f.item,
          weight: f.weight,
          score: f.score,
          note: f.note ?? '',
          problems: f.problems ?? '',
        })) ?? ev.fundManagement,
      summary: dto.summary ?? ev.summary,
    };
    const result = score(next, rows);
    this.refuse(result, rows);
    const before = { ...this.toView(ev), indicators: await this.rows(em, id) };
    // Stamped here rather than by the database, so that the answer needs no read-back (sessions
    // and timestamps are UTC: see database/utc-sessions.ts). The version goes up by one.
    const updatedAt = new Date();
    const update = await em
      .createQueryBuilder()
      .update(Evaluation)
      .set({
        template: next.template,
        budgetInitial: next.budgetInitial,
        budgetAdjusted: next.budgetAdjusted,
        budgetExecuted: next.budgetExecuted,
        budgetWeight: next.budgetWeight,
        fundManagement: next.fundManagement,
        summary: next.summary,
        ...figures(result),
        finalGrade: ev.reviewGrade ?? result.grade,
        updatedAt,
      })
      .where('id = :id AND version = :version', { id, version: dto.version })
      .execute();
    if (!update.affected) throw staleVersion();
    await this.saveRows(em, id, rows, result);
    await syncEvaluationFindings(em, id, result.findings, ev.result.findings);
    await this.audit.record(em, {
      user,
      action,
      resource: 'evaluations',
      resourceId: id,
      orgPath: org.path,
      before: { total: before.total, grade: before.grade, indicators: before.indicators },
      after: { total: result.total, grade: result.grade, indicators: rows },
    });
    // The answer is what was just written, as reading it back would give it.
    const saved: Joined = {
      ...ev,
      template: next.template,
      budgetInitial: canonical(next.budgetInitial),
      budgetAdjusted: canonical(next.budgetAdjusted),
      budgetExecuted: canonical(next.budgetExecuted),
      budgetWeight: canonical(next.budgetWeight),
      fundManagement: next.fundManagement,
      summary: next.summary,
      ...figures(result),
      finalGrade: ev.reviewGrade ?? result.grade,
      version: ev.version + 1,
      updatedAt,
    };
    return this.view(user, saved, em, rows.map(asStored));
  }

  async remove(user: AuthUser, id: number): Promise<EvaluationView> {
    return this.db.transaction(async (em) =>
      this.workflow.removeDraft(em, {
        user,
        id,
        resource: 'evaluations',
        label: '自评表',
        view: await this.get(user, id, em),
        entity: Evaluation,
        rows: [
          [EvaluationIndicator, { evaluationId: id }],
          [EvaluationFinding, { evaluationId: id }],
        ],
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
  ): Promise<EvaluationView> {
    return this.db.transaction(async (em) => {
      const { ev, org } = await this.load(user, id, em);
      let set: Record<string, unknown> | undefined;
      if (action === 'submit') {
        // Re-scored at submission: errors block it, warnings go to the reviewers with the table.
        const result = score(ev, await this.rows(em, id));
        assertSubmittable('自评表', result.findings);
        set = { ...figures(result) };
        await syncEvaluationFindings(em, id, result.findings);
      }
      await this.workflow.transition(em, {
        entity: Evaluation,
        resource: 'evaluations',
        doc: ev,
        orgPath: org.path,
        action,
        user,
        comment,
        expectedVersion,
        set,
      });
      return this.get(user, id, em);
    });
  }

  /** 复核: the 财政局 re-scores items with reasons; the grade that counts becomes the 复核 grade. */
  async recheck(user: AuthUser, id: number, dto: ReviewScoresDto): Promise<EvaluationView> {
    if (user.role !== 'finance') throw new DomainError('FORBIDDEN', '只有财政局可以复核评分');
    return this.db.transaction(async (em) => {
      const { ev, org } = await this.load(user, id, em);
      if (!['dept_approved', 'approved'].includes(ev.status))
        throw new DomainError('INVALID_STATE', '主管部门审核通过后才能复核评分');
      if (dto.version !== undefined && dto.version !== ev.version) throw staleVersion();
      const rows = await this.rows(em, id);
      const errors: Record<string, string> = {};
      dto.items.forEach((item, i) => {
        const list = item.section === 'indicators' ? rows : ev.fundManagement;
        const target = list[item.index];
        if (!target) errors[`items.${i}.index`] = `第 ${item.index + 1} 行不存在`;
        else if (new Dec(item.score).gt(target.weight))
          errors[`items.${i}.score`] = `复核得分 ${item.score} 超过分值 ${target.weight}`;
        if (item.reason.trim() === '') errors[`items.${i}.reason`] = '复核得分必须说明理由';
      });
      if (Object.keys(errors).length)
        throw new DomainError('VALIDATION', Object.values(errors)[0], errors);
      const items = dto.items.map((i) => ({
        section: i.section,
        index: i.index,
        score: i.score,
        reason: i.reason.trim(),
      }));
      const result = reviewScore(ev, rows, items);
      const review = {
        items,
        comment: dto.comment ?? '',
        userId: user.id,
        userName: user.name,
        at: new Date().toISOString(),
        result,
      };
      const update = await em
        .createQueryBuilder()
        .update(Evaluation)
        .set({
          review,
          reviewTotal: result.total,
          reviewGrade: result.grade,
          finalGrade: result.grade,
        })
        .where('id = :id AND version = :version', { id, version: ev.version })
        .execute();
      if (!update.affected) throw staleVersion();
      await this.audit.record(em, {
        user,
        action: 'recheck',
        resource: 'evaluations',
        resourceId: id,
        orgPath: org.path,
        before: { total: ev.total, reviewTotal: ev.reviewTotal, finalGrade: ev.finalGrade },
        after: { reviewTotal: result.total, finalGrade: result.grade, items },
      });
      return this.get(user, id, em);
    });
  }

  /** 抽评: a reproducible draw (same seed → same sample) within the finance user's region. */
  async sample(user: AuthUser, dto: SampleDto) {
    if (user.role !== 'finance' || !user.orgPath || user.orgId === null)
      throw new DomainError('FORBIDDEN', '只有财政局可以抽评');
    const orgId = user.orgId;
    return this.db.transaction(async (em) => {
      const population = (
        await this.scoped(user, em)
          .select('e.id', 'id')
          .andWhere('e.year = :year AND e.status IN (:...statuses)', {
            year: dto.year,
            statuses: ['submitted', 'dept_approved', 'approved'],
          })
          .orderBy('e.id', 'ASC')
          .getRawMany<{ id: number }>()
      ).map((r) => Number(r.id));
      const percent = dto.percent ?? '15';
      if (new Dec(percent).lte(0) || new Dec(percent).gt(100))
        throw invalid('percent', '抽取比例必须大于 0 且不超过 100');
      let seed = dto.seed ?? '';
      let chosen: number[];
      if (dto.ids) {
        const outside = dto.ids.filter((x) => !population.includes(x));
        if (outside.length)
          throw invalid(
            'ids',
            `自评表 ${outside.join('、')} 不在本区域已提交的 ${dto.year} 年度自评中`,
          );
        chosen = [...new Set(dto.ids)].sort((a, b) => a - b);
        seed = seed || 'manual';
      } else {
        seed = seed || new Date().toISOString().replace(/\D/g, '').slice(0, 14);
        chosen = sampleIds(population, percent, seed);
      }
      if (chosen.length) await em.update(Evaluation, { id: In(chosen) }, { sampled: true });
      const inserted = await em.insert(EvaluationSample, {
        orgId,
        year: dto.year,
        percent,
        seed,
        population: population.length,
        evaluationIds: chosen,
        userId: user.id,
      });
      await this.audit.record(em, {
        user,
        action: 'sample',
        resource: 'evaluations',
        resourceId: null,
        orgPath: user.orgPath,
        after: {
          year: dto.year,
          percent,
          seed,
          population: population.length,
          evaluationIds: chosen,
        },
      });
      const evaluations = chosen.length
        ? (
            await this.scoped(user, em)
              .andWhere('e.id IN (:...ids)', { ids: chosen })
              .orderBy('e.id')
              .getMany()
          ).map((e) => this.toView(e))
        : [];
      return {
        id: Number(inserted.identifiers[0].id),
        year: dto.year,
        percent,
        seed,
        population: population.length,
        evaluations,
      };
    });
  }
}
