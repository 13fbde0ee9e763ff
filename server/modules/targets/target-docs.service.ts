import type { Response } from 'express';
import { DataSource, EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DocStatus } from '../../../shared/domain/enums';
import { checkTargets, Finding, parseValue, TargetDoc } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { insertRows } from '../../database/bulk-insert';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { WorkflowEvent } from '../workflow/entities/workflow-event.entity';
import {
  allowedActions,
  assertSubmittable,
  HistoryEntry,
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

/** One imported table (importDrafts): its subject, the unit it belongs to, its content. */
export interface DraftImport<T> {
  subject: Partial<T>;
  org: Org;
  content: { goals: string[]; indicators: IndicatorRowDto[] };
  /** Fields of the document itself (a unit-wide table's tasks and budget). */
  extra?: Partial<T>;
}

export interface DraftOutcome {
  id: number;
  action: 'create' | 'update' | 'adjust';
}

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

  /** The subject of a document (a project; a unit and year) as a key. */
  protected abstract subjectKey(doc: Partial<T>): string;

  /** Where-clause (alias `d`) selecting at least every revision of these documents' subjects. */
  protected abstract subjectsWhere(docs: Partial<T>[]): {
    where: string;
    params: Record<string, unknown>;
  };

  /** The inputs of the review checks of several documents (one query where one is needed). */
  protected async checkInputs(
    em: EntityManager,
    docs: { doc: T; rows: IndicatorRow[] }[],
  ): Promise<TargetDoc[]> {
    const inputs: TargetDoc[] = [];
    for (const { doc, rows } of docs) inputs.push(await this.checkInput(em, doc, rows));
    return inputs;
  }

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
    await insertRows(em, TargetIndicator, this.rowsOf(docId, rows));
  }

  private rowsOf(docId: number, rows: IndicatorRow[]): Partial<TargetIndicator>[] {
    return rows.map((r, ordinal) => ({ ...r, docType: this.resource, docId, ordinal }));
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
  ): Promise<DraftOutcome> {
    const [outcome] = await this.importDrafts(em, user, [{ subject, org, content, extra }]);
    if (outcome instanceof DomainError) throw outcome;
    return outcome;
  }

  /**
   * importDraft for many tables at once (a workbook of a hundred), in a few statements whatever
   * their number: the latest revisions in one query, the new documents, their indicator rows,
   * history and audit rows each in multi-row inserts; an open draft is updated on its own,
   * conditional on its version. Each table's outcome, in order: what was written, or the
   * DomainError that refuses it (the caller decides whether the others stand).
   */
  async importDrafts(
    em: EntityManager,
    user: AuthUser,
    items: DraftImport<T>[],
  ): Promise<(DraftOutcome | DomainError)[]> {
    const outcomes: (DraftOutcome | DomainError)[] = new Array<DraftOutcome | DomainError>(
      items.length,
    );
    if (items.length === 0) return outcomes;
    const subjects = items.map((i) => i.subject);
    const latest = new Map<string, T>();
    for (const d of await this.revisionsOf(em, subjects)) {
      const key = this.subjectKey(d);
      if ((latest.get(key)?.revision ?? 0) < d.revision) latest.set(key, d);
    }
    const comment = '从 Excel 导入';
    type New = { index: number; doc: T; rows: IndicatorRow[]; action: 'create' | 'adjust' };
    type Open = { index: number; latest: T; next: T; extra: Partial<T>; rows: IndicatorRow[] };
    const created: New[] = [];
    const opened: Open[] = [];
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = this.subjectKey(item.subject);
      const last = latest.get(key);
      const rows = this.toRows(item.content.indicators);
      const extra = item.extra ?? {};
      const draft = (fields: Partial<T>): T =>
        Object.assign(new this.entity(), fields, {
          status: 'draft',
          current: false,
          goals: item.content.goals,
          findings: [],
        });
      if (seen.has(key))
        outcomes[index] = new DomainError('CONFLICT', `同一份${this.label}在文件中出现了两次`);
      else if (!last)
        created.push({
          index,
          rows,
          action: 'create',
          doc: draft({ ...item.subject, ...extra, revision: 1 }),
        });
      else if (last.status === 'approved')
        created.push({
          index,
          rows,
          action: 'adjust',
          doc: draft({
            ...this.copyFields(last),
            ...item.subject,
            ...extra,
            revision: last.revision + 1,
          }),
        });
      else if (!EDITABLE.includes(last.status))
        outcomes[index] = new DomainError('INVALID_STATE', `${this.label}正在审核中，不能导入修改`);
      else
        opened.push({
          index,
          latest: last,
          next: { ...last, ...extra, goals: item.content.goals },
          extra,
          rows,
        });
      seen.add(key);
    });
    const checks = await this.checkInputs(em, [
      ...created.map((c) => ({ doc: c.doc, rows: c.rows })),
      ...opened.map((o) => ({ doc: o.next, rows: o.rows })),
    ]);
    const findings = checks.map((c) => checkTargets(c));
    created.forEach((c, k) => (c.doc.findings = findings[k]));
    opened.forEach((o, k) => (o.next.findings = findings[created.length + k]));

    // New documents: inserted together, then read back by subject and revision (unique).
    for (let k = 0; k < created.length; k += 25)
      await em
        .createQueryBuilder()
        .insert()
        .into(this.entity)
        .values(created.slice(k, k + 25).map((c) => c.doc))
        .updateEntity(false)
        .execute();
    const stored = new Map<string, T>();
    if (created.length)
      for (const d of await this.revisionsOf(em, subjects))
        stored.set(`${this.subjectKey(d)}#${d.revision}`, d);
    const inserted = created.map((c) => {
      const doc = stored.get(`${this.subjectKey(c.doc)}#${c.doc.revision}`);
      if (!doc) throw new Error(`imported ${this.resource} not found after insert`);
      return { ...c, doc };
    });

    // Open drafts: each updated on the version read.
    const updated: Open[] = [];
    for (const o of opened) {
      const result = await em
        .createQueryBuilder()
        .update(this.entity)
        .set({
          ...o.extra,
          goals: o.next.goals,
          findings: o.next.findings,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: o.latest.id, version: o.latest.version })
        .execute();
      if (result.affected) updated.push(o);
      else outcomes[o.index] = staleVersion();
    }
    const before = new Map<number, IndicatorRow[]>();
    if (updated.length) {
      const ids = updated.map((o) => o.latest.id);
      const old = await em.find(TargetIndicator, {
        where: { docType: this.resource, docId: In(ids) },
        order: { docId: 'ASC', ordinal: 'ASC' },
      });
      for (const r of old) before.set(r.docId, [...(before.get(r.docId) ?? []), r]);
      await em.delete(TargetIndicator, { docType: this.resource, docId: In(ids) });
    }

    await insertRows(em, TargetIndicator, [
      ...inserted.flatMap((c) => this.rowsOf(c.doc.id, c.rows)),
      ...updated.flatMap((o) => this.rowsOf(o.latest.id, o.rows)),
    ]);
    const history: HistoryEntry[] = inserted.map((c) => ({
      resource: this.resource,
      docId: c.doc.id,
      action: c.action === 'create' ? 'import' : 'adjust',
      from: null,
      to: c.doc.status,
      user,
      comment: c.action === 'create' ? comment : `${comment}（调整第 ${c.doc.revision - 1} 版）`,
    }));
    await this.workflow.recordAll(em, history);
    const audit: AuditEntry[] = [
      ...inserted.map((c): AuditEntry => ({
        user,
        action: c.action === 'create' ? 'import' : 'adjust',
        resource: this.resource,
        resourceId: c.doc.id,
        orgPath: items[c.index].org.path,
        after: { ...c.doc, indicators: c.rows.length },
      })),
      ...updated.map((o): AuditEntry => ({
        user,
        action: 'import',
        resource: this.resource,
        resourceId: o.latest.id,
        orgPath: items[o.index].org.path,
        before: { ...o.latest, indicators: (before.get(o.latest.id) ?? []).map(stripParsed) },
        after: { ...o.next, indicators: o.rows.map(stripParsed) },
      })),
    ];
    await this.audit.recordAll(em, audit);
    for (const c of inserted) outcomes[c.index] = { id: c.doc.id, action: c.action };
    for (const o of updated) outcomes[o.index] = { id: o.latest.id, action: 'update' };
    return outcomes;
  }

  /** Every revision of the subjects of `docs`. */
  private async revisionsOf(em: EntityManager, docs: Partial<T>[]): Promise<T[]> {
    const keys = new Set(docs.map((d) => this.subjectKey(d)));
    const filter = this.subjectsWhere(docs);
    const found = await em
      .createQueryBuilder(this.entity, 'd')
      .where(filter.where, filter.params)
      .getMany();
    return found.filter((d) => keys.has(this.subjectKey(d)));
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
