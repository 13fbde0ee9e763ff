import type { Response } from 'express';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DocStatus } from '../../../shared/domain/enums';
import { checkTargets, Finding, parseValue, TargetDoc } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { WorkflowEvent } from '../workflow/entities/workflow-event.entity';
import {
  allowedActions,
  assertSubmittable,
  ReviewAction,
  WorkflowService,
} from '../workflow/workflow.service';
import { IndicatorRowDto, TargetContentDto } from './dto/target.dto';
import { TargetDocument } from './entities/target.entity';
import { TargetDocType, TargetIndicator } from './entities/target-indicator.entity';
import { diffTargets, TargetDiff } from './target-diff';

export type IndicatorRow = Pick<
  TargetIndicator,
  'level1' | 'level2' | 'name' | 'target' | 'basis' | 'description' | 'method' | 'weight' | 'parsed'
>;

export type DocView<T> = T & {
  orgName: string;
  indicators?: IndicatorRow[];
  history?: WorkflowEvent[];
  actions?: (ReviewAction | 'edit' | 'adjust')[];
};

type Joined<T> = T & { org?: Org };

const EDITABLE: DocStatus[] = ['draft', 'returned'];

/**
 * What the two target documents (项目绩效目标表 and 部门（单位）整体绩效目标表) share: scoping,
 * indicator rows parsed on save, review findings, the review workflow, adjustments that create a
 * new revision, and the diff between revisions. Subclasses say what their "subject" is (a
 * project, or a unit and year) and how to check it.
 */
export abstract class TargetDocsService<T extends TargetDocument & ObjectLiteral> {
  protected abstract readonly resource: TargetDocType;
  protected abstract readonly entity: new () => T;
  protected abstract readonly label: string;
  protected abstract readonly spec: ListSpec;

  constructor(
    protected readonly db: DataSource,
    protected readonly audit: AuditService,
    protected readonly workflow: WorkflowService,
  ) {}

  /** The inputs of the review checks for a document and its rows. */
  protected abstract checkInput(
    em: EntityManager,
    doc: T,
    rows: IndicatorRow[],
  ): Promise<TargetDoc>;

  /** Where-clause selecting every revision of the same subject as `doc` (alias `d`). */
  protected abstract sameSubject(doc: T): { where: string; params: Record<string, unknown> };

  /** Extra fields to copy into a new revision. */
  protected abstract copyFields(doc: T): Partial<T>;

  protected async orgOf(em: EntityManager, id: number): Promise<Org> {
    return em.findOneByOrFail(Org, { id });
  }

  /** Extra data for a single-document view (e.g. the project). */
  protected async decorate(_em: EntityManager, view: DocView<T>): Promise<DocView<T>> {
    return view;
  }

  scoped(user: AuthUser, em: EntityManager = this.db.manager): SelectQueryBuilder<T> {
    const qb = em
      .createQueryBuilder(this.entity, 'd')
      .innerJoinAndMapOne('d.org', Org, 'o', 'o.id = d.orgId');
    if (user.orgPath !== null) qb.where('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
    return qb;
  }

  protected toView(doc: Joined<T>): DocView<T> {
    const { org, ...rest } = doc;
    return Object.assign(new this.entity(), rest, { orgName: org?.name ?? '' });
  }

  async list(user: AuthUser, query: Record<string, unknown>, res: Response): Promise<DocView<T>[]> {
    const rows = await listPage(this.scoped(user), query, this.spec, res);
    return Promise.all(
      rows.map((r) => this.decorate(this.db.manager, this.toView(r as Joined<T>))),
    );
  }

  /** The document in the caller's scope, or 404 — never a hint that it exists elsewhere. */
  protected async load(
    user: AuthUser,
    id: number,
    em: EntityManager = this.db.manager,
  ): Promise<{ doc: T; org: Org }> {
    const found: Joined<T> | null = await this.scoped(user, em)
      .andWhere('d.id = :id', { id })
      .getOne();
    if (!found?.org) throw notFound(this.label);
    return { doc: found, org: found.org };
  }

  async get(user: AuthUser, id: number, em: EntityManager = this.db.manager): Promise<DocView<T>> {
    const { doc } = await this.load(user, id, em);
    const view = this.toView(doc);
    view.indicators = await this.rows(em, id);
    view.history = await this.workflow.history(em, this.resource, id);
    view.actions = [
      ...(EDITABLE.includes(doc.status) && user.role === 'unit' ? (['edit'] as const) : []),
      ...allowedActions(user.role, doc.status),
      ...(doc.status === 'approved' && doc.current && user.role === 'unit'
        ? (['adjust'] as const)
        : []),
    ];
    return this.decorate(em, view);
  }

  protected async rows(em: EntityManager, docId: number): Promise<IndicatorRow[]> {
    const rows = await em.find(TargetIndicator, {
      where: { docType: this.resource, docId },
      order: { ordinal: 'ASC' },
    });
    return rows.map(
      ({ level1, level2, name, target, basis, description, method, weight, parsed }) => ({
        level1,
        level2,
        name,
        target,
        basis,
        description,
        method,
        weight,
        parsed,
      }),
    );
  }

  protected toRows(input: IndicatorRowDto[]): IndicatorRow[] {
    return input.map((r) => ({
      level1: r.level1.trim(),
      level2: (r.level2 ?? '').trim(),
      name: r.name.trim(),
      target: (r.target ?? '').trim(),
      basis: r.basis ?? '',
      description: r.description ?? '',
      method: r.method ?? '',
      weight: r.weight ?? null,
      parsed: parseValue(r.target ?? ''),
    }));
  }

  /** Replaces the indicator rows of a document in one multi-row insert. */
  protected async saveRows(em: EntityManager, docId: number, rows: IndicatorRow[]): Promise<void> {
    await em.delete(TargetIndicator, { docType: this.resource, docId });
    if (rows.length === 0) return;
    await em.insert(
      TargetIndicator,
      rows.map((r, ordinal) => ({ ...r, docType: this.resource, docId, ordinal })),
    );
  }

  async findingsOf(em: EntityManager, doc: T, rows: IndicatorRow[]): Promise<Finding[]> {
    return checkTargets(await this.checkInput(em, doc, rows));
  }

  /** Loads an approved document from published data (demo data, imports of approved tables). */
  async importApproved(
    em: EntityManager,
    fields: Partial<T>,
    rows: IndicatorRow[],
    org: Org,
    comment: string,
  ): Promise<number> {
    return this.insertDoc(
      em,
      null,
      { ...fields, status: 'approved', current: true, revision: 1 },
      rows,
      org,
      'import',
      comment,
    );
  }

  /** Rows from plain fields, each 指标值 parsed. */
  rowsFrom(input: IndicatorRowDto[]): IndicatorRow[] {
    return this.toRows(input);
  }

  /** Inserts a new document with its rows, findings, history and audit record. */
  protected async insertDoc(
    em: EntityManager,
    user: AuthUser | null,
    fields: Partial<T>,
    rows: IndicatorRow[],
    org: Org,
    action: 'create' | 'adjust' | 'import',
    comment = '',
  ): Promise<number> {
    const draft = Object.assign(new this.entity(), fields, { findings: [] }) as T;
    draft.findings = await this.findingsOf(em, draft, rows);
    const inserted = await em.insert(this.entity, draft);
    const id = Number(inserted.identifiers[0].id);
    await this.saveRows(em, id, rows);
    await this.workflow.record(em, {
      resource: this.resource,
      docId: id,
      action,
      from: null,
      to: draft.status,
      user,
      comment,
    });
    await this.audit.record(em, {
      user,
      username: user ? undefined : 'system',
      action,
      resource: this.resource,
      resourceId: id,
      orgPath: org.path,
      after: { ...draft, indicators: rows.length },
    });
    return id;
  }

  /**
   * Writes imported content (an Excel import) as a draft, in the caller's transaction: a new
   * document when the subject has none yet, the open draft (or returned document) updated, or a
   * new adjustment (调整) when its latest revision is approved. Refused while under review.
   */
  async importDraft(
    em: EntityManager,
    user: AuthUser,
    subject: Partial<T>,
    org: Org,
    content: { goals: string[]; indicators: IndicatorRowDto[] },
    extra: Partial<T> = {},
  ): Promise<{ id: number; action: 'create' | 'update' | 'adjust' }> {
    const same = this.sameSubject(Object.assign(new this.entity(), subject));
    const latest = await em
      .createQueryBuilder(this.entity, 'd')
      .where(same.where, same.params)
      .orderBy('d.revision', 'DESC')
      .getOne();
    const rows = this.toRows(content.indicators);
    const comment = '从 Excel 导入';
    if (!latest) {
      const fields = {
        ...subject,
        ...extra,
        revision: 1,
        status: 'draft',
        current: false,
        goals: content.goals,
      } as Partial<T>;
      return {
        id: await this.insertDoc(em, user, fields, rows, org, 'import', comment),
        action: 'create',
      };
    }
    if (latest.status === 'approved') {
      const fields = {
        ...this.copyFields(latest),
        ...subject,
        ...extra,
        revision: latest.revision + 1,
        status: 'draft',
        current: false,
        goals: content.goals,
      } as Partial<T>;
      const id = await this.insertDoc(
        em,
        user,
        fields,
        rows,
        org,
        'adjust',
        `${comment}（调整第 ${latest.revision} 版）`,
      );
      return { id, action: 'adjust' };
    }
    if (!EDITABLE.includes(latest.status))
      throw new DomainError('INVALID_STATE', `${this.label}正在审核中，不能导入修改`);
    const next: T = { ...latest, ...extra, goals: content.goals };
    const findings = await this.findingsOf(em, next, rows);
    const result = await em
      .createQueryBuilder()
      .update(this.entity)
      .set({ ...extra, goals: next.goals, findings, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: latest.id, version: latest.version })
      .execute();
    if (!result.affected) throw staleVersion();
    const beforeRows = await this.rows(em, latest.id);
    await this.saveRows(em, latest.id, rows);
    await this.audit.record(em, {
      user,
      action: 'import',
      resource: this.resource,
      resourceId: latest.id,
      orgPath: org.path,
      before: { ...latest, indicators: beforeRows.map(stripParsed) },
      after: { ...next, findings, indicators: rows.map(stripParsed) },
    });
    return { id: latest.id, action: 'update' };
  }

  /** Saves new content into an editable document, guarded by the version the client read. */
  protected async updateContent(
    user: AuthUser,
    id: number,
    version: number,
    content: TargetContentDto,
    extra: Partial<T>,
  ): Promise<DocView<T>> {
    return this.db.transaction(async (em) => {
      const { doc, org } = await this.load(user, id, em);
      if (!EDITABLE.includes(doc.status)) {
        throw new DomainError(
          'INVALID_STATE',
          `${this.label}${doc.status === 'approved' ? '已批复，不能修改；如需变更请发起调整' : '正在审核中，不能修改'}`,
        );
      }
      const rows = this.toRows(content.indicators);
      const next: T = { ...doc, ...extra, goals: content.goals ?? doc.goals };
      const findings = await this.findingsOf(em, next, rows);
      const result = await em
        .createQueryBuilder()
        .update(this.entity)
        .set({ ...extra, goals: next.goals, findings, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw staleVersion();
      const beforeRows = await this.rows(em, id);
      await this.saveRows(em, id, rows);
      await this.audit.record(em, {
        user,
        action: 'update',
        resource: this.resource,
        resourceId: id,
        orgPath: org.path,
        before: { ...doc, indicators: beforeRows.map(stripParsed) },
        after: { ...next, findings, indicators: rows.map(stripParsed) },
      });
      return this.get(user, id, em);
    });
  }

  async remove(user: AuthUser, id: number): Promise<DocView<T>> {
    return this.db.transaction(async (em) =>
      this.workflow.removeDraft(em, {
        user,
        id,
        resource: this.resource,
        label: this.label,
        view: await this.get(user, id, em),
        entity: this.entity,
        rows: [[TargetIndicator, { docType: this.resource, docId: id }]],
      }),
    );
  }

  /** submit / approve / return, with the review checks on submission. */
  async act(
    user: AuthUser,
    id: number,
    action: ReviewAction,
    comment: string,
    expectedVersion?: number,
  ): Promise<DocView<T>> {
    return this.db.transaction(async (em) => {
      const { doc, org } = await this.load(user, id, em);
      let set: Record<string, unknown> | undefined;
      if (action === 'submit') {
        // Submission re-runs the review checks (the project may have changed since the last save):
        // errors block it, warnings travel with the document to the reviewers.
        const findings = await this.findingsOf(em, doc, await this.rows(em, id));
        assertSubmittable(this.label, findings);
        set = { findings };
      }
      const to = await this.workflow.transition(em, {
        entity: this.entity,
        resource: this.resource,
        doc,
        orgPath: org.path,
        action,
        user,
        comment,
        expectedVersion,
        set,
      });
      if (to === 'approved') {
        // The newly approved revision becomes the baseline; earlier ones stay readable.
        const same = this.sameSubject(doc);
        await em
          .createQueryBuilder()
          .update(this.entity)
          .set({ current: false })
          .where(same.where.replace(/\bd\./g, ''), same.params)
          .execute();
        await em.update(this.entity, { id }, { current: true } as never);
      }
      return this.get(user, id, em);
    });
  }

  /** 调整: a new draft revision of the approved baseline; the baseline stays in force until approved. */
  async adjust(user: AuthUser, id: number, comment: string): Promise<DocView<T>> {
    if (user.role !== 'unit') throw new DomainError('FORBIDDEN', '只有项目单位可以发起调整');
    return this.db.transaction(async (em) => {
      const { doc, org } = await this.load(user, id, em);
      if (doc.status !== 'approved' || !doc.current)
        throw new DomainError('INVALID_STATE', `只能对已批复的现行${this.label}发起调整`);
      const same = this.sameSubject(doc);
      const revisions = await em
        .createQueryBuilder(this.entity, 'd')
        .where(same.where, same.params)
        .getMany();
      if (revisions.some((r) => r.status !== 'approved')) {
        throw new DomainError('CONFLICT', `已有一份进行中的调整（尚未批复），请在其上继续`);
      }
      const revision = Math.max(...revisions.map((r) => r.revision)) + 1;
      const rows = await this.rows(em, id);
      const fields = {
        ...this.copyFields(doc),
        year: doc.year,
        orgId: doc.orgId,
        goals: doc.goals,
        revision,
        status: 'draft',
        current: false,
      } as Partial<T>;
      const newId = await this.insertDoc(
        em,
        user,
        fields,
        rows,
        org,
        'adjust',
        comment.trim() || `调整第 ${doc.revision} 版`,
      );
      return this.get(user, newId, em);
    });
  }

  /** What changed from the previous revision (or from `againstId`) to this one. */
  async diff(user: AuthUser, id: number, againstId?: number): Promise<TargetDiff> {
    const em = this.db.manager;
    const { doc } = await this.load(user, id, em);
    let base: T | null;
    if (againstId) base = (await this.load(user, againstId, em)).doc;
    else {
      const same = this.sameSubject(doc);
      base = await em
        .createQueryBuilder(this.entity, 'd')
        .where(same.where, same.params)
        .andWhere('d.revision < :rev', { rev: doc.revision })
        .orderBy('d.revision', 'DESC')
        .getOne();
    }
    return diffTargets(
      base
        ? {
            id: base.id,
            revision: base.revision,
            goals: base.goals,
            indicators: await this.rows(em, base.id),
          }
        : null,
      {
        id: doc.id,
        revision: doc.revision,
        goals: doc.goals,
        indicators: await this.rows(em, doc.id),
      },
    );
  }
}

function stripParsed(row: IndicatorRow): Omit<IndicatorRow, 'parsed'> {
  const { parsed: _p, ...rest } = row;
  return rest;
}
