import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DOC_STATUS_LABELS, DocStatus, Role } from '../../../shared/domain/enums';
import type { AuthUser } from '../../common/auth/auth-user';
import { inScope } from '../../common/auth/auth-user';
import type { Finding } from '../../../shared/scoring';
import { DomainError } from '../../common/http/domain-error';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { WorkflowAction, WorkflowEvent } from './entities/workflow-event.entity';

/** One step of a document's history. */
export interface HistoryEntry {
  resource: string;
  docId: number;
  action: WorkflowAction;
  from: DocStatus | null;
  to: DocStatus;
  user: Pick<AuthUser, 'id' | 'name' | 'role'> | null;
  comment?: string;
}

function historyRow(e: HistoryEntry) {
  return {
    resource: e.resource,
    docId: e.docId,
    action: e.action,
    fromStatus: e.from,
    toStatus: e.to,
    userId: e.user?.id ?? null,
    userName: e.user?.name ?? '系统',
    userRole: e.user?.role ?? 'system',
    comment: e.comment ?? '',
  };
}

export type ReviewAction = 'submit' | 'approve' | 'return';

interface Step {
  from: DocStatus[];
  to: DocStatus;
  role: Role;
}

/**
 * The review workflow shared by every reviewable document: the unit submits, the 主管部门 and
 * then the 财政局 approve; either reviewer may return it with a comment.
 *
 *   draft/returned --submit(unit)--> submitted --approve(department)--> dept_approved
 *   dept_approved --approve(finance)--> approved;  submitted|dept_approved --return--> returned
 */
const STEPS: Record<ReviewAction, Step[]> = {
  submit: [{ from: ['draft', 'returned'], to: 'submitted', role: 'unit' }],
  approve: [
    { from: ['submitted'], to: 'dept_approved', role: 'department' },
    { from: ['dept_approved'], to: 'approved', role: 'finance' },
  ],
  return: [
    { from: ['submitted'], to: 'returned', role: 'department' },
    { from: ['dept_approved'], to: 'returned', role: 'finance' },
  ],
};

const ACTION_LABELS: Record<WorkflowAction, string> = {
  create: '创建',
  submit: '提交',
  approve: '审核通过',
  return: '退回',
  adjust: '发起调整',
  import: '导入',
};

/** The document as the workflow sees it. */
export interface Reviewable {
  id: number;
  status: DocStatus;
  version: number;
}

export interface TransitionInput<T extends Reviewable> {
  entity: EntityTarget<T & ObjectLiteral>;
  resource: string;
  doc: T;
  /** Materialised path of the document's organisation (scope check). */
  orgPath: string;
  action: ReviewAction;
  user: AuthUser;
  comment: string;
  /** The version the client last read, when it sent one: a stale one is a 409. */
  expectedVersion?: number;
  /** Other columns to set in the same conditional update (e.g. refreshed findings). */
  set?: Record<string, unknown>;
}

/**
 * Submission is blocked by the error findings of the review checks: a 422 listing every one of
 * them (keyed by field path) with all the findings, warnings included, for the form to show.
 */
export function assertSubmittable(label: string, findings: Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  throw new DomainError(
    'UNPROCESSABLE',
    `${label}有 ${errors.length} 个问题必须先修正：${errors.map((e) => e.message).join('；')}`,
    Object.fromEntries(errors.map((e) => [e.path, e.message])),
    { findings },
  );
}

/** What a role may do with a document in a given state (for the console's buttons and 待办). */
export function allowedActions(role: Role, status: DocStatus): ReviewAction[] {
  return (Object.keys(STEPS) as ReviewAction[]).filter((a) =>
    STEPS[a].some((s) => s.role === role && s.from.includes(status)),
  );
}

/** Statuses in which a document waits for `role`. */
export function waitingFor(role: Role): DocStatus[] {
  return [
    ...new Set(
      Object.values(STEPS).flatMap((steps) =>
        steps.filter((s) => s.role === role).flatMap((s) => s.from),
      ),
    ),
  ];
}

@Injectable()
export class WorkflowService {
  constructor(private readonly audit: AuditService) {}

  /**
   * Moves a document one step, in the caller's transaction, together with its history row and
   * audit record. The update is conditional on the status and version read, so two reviewers
   * acting at once produce one transition and one 409.
   */
  async transition<T extends Reviewable>(
    em: EntityManager,
    input: TransitionInput<T>,
  ): Promise<DocStatus> {
    const { doc, action, user } = input;
    if (!inScope(user, input.orgPath)) throw new DomainError('NOT_FOUND', '文档不存在或无权访问');
    const comment = input.comment.trim();
    if (action === 'return' && comment === '') {
      throw new DomainError('VALIDATION', '退回时必须填写审核意见', {
        comment: '退回时必须填写审核意见',
      });
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== doc.version) {
      throw new DomainError('STALE_VERSION', '文档已被他人修改，请刷新后重试', {
        version: '版本已过期',
      });
    }
    const step = STEPS[action].find((s) => s.from.includes(doc.status));
    if (!step) {
      throw new DomainError(
        'INVALID_STATE',
        `当前状态为「${DOC_STATUS_LABELS[doc.status]}」，不能${ACTION_LABELS[action]}`,
      );
    }
    if (step.role !== user.role) {
      throw new DomainError(
        'FORBIDDEN',
        `当前状态下只有${{ unit: '项目单位', department: '主管部门', finance: '财政局', manager: '领导', admin: '管理员' }[step.role]}可以${ACTION_LABELS[action]}`,
      );
    }
    const result = await em
      .createQueryBuilder()
      .update(input.entity)
      .set({ ...input.set, status: step.to, version: () => 'version + 1' })
      .where('id = :id AND status = :status AND version = :version', {
        id: doc.id,
        status: doc.status,
        version: doc.version,
      })
      .execute();
    if (!result.affected) throw new DomainError('CONFLICT', '文档状态已被他人改变，请刷新后重试');
    await this.record(em, {
      resource: input.resource,
      docId: doc.id,
      action,
      from: doc.status,
      to: step.to,
      user,
      comment,
    });
    await this.audit.record(em, {
      user,
      action,
      resource: input.resource,
      resourceId: doc.id,
      orgPath: input.orgPath,
      before: { status: doc.status },
      after: { status: step.to, comment },
    });
    return step.to;
  }

  /**
   * 删除: a draft only (and, with `authorOnly`, only by a unit's user) together with its rows —
   * each `[entity, where]` of `rows` — audited with what was deleted. Returns the deleted view.
   */
  async removeDraft<V extends { status: DocStatus; orgId: number }>(
    em: EntityManager,
    input: {
      user: AuthUser;
      id: number;
      resource: string;
      /** The document's name in messages, e.g. 自评表. */
      label: string;
      view: V;
      entity: EntityTarget<ObjectLiteral>;
      rows: [EntityTarget<ObjectLiteral>, Record<string, unknown>][];
      authorOnly?: boolean;
    },
  ): Promise<V> {
    const { user, id, view } = input;
    if (view.status !== 'draft' || (input.authorOnly && user.role !== 'unit'))
      throw new DomainError('INVALID_STATE', `只能删除草稿状态的${input.label}`);
    for (const [entity, where] of input.rows) await em.delete(entity, where);
    await em.delete(input.entity, { id });
    const org = await em.findOneByOrFail(Org, { id: view.orgId });
    await this.audit.record(em, {
      user,
      action: 'delete',
      resource: input.resource,
      resourceId: id,
      orgPath: org.path,
      before: view,
    });
    return view;
  }

  /** Appends a history row (also used for create, adjust and import). */
  async record(em: EntityManager, e: HistoryEntry): Promise<void> {
    await em.insert(WorkflowEvent, historyRow(e));
  }

  /** Several history rows in one statement (an import of many documents), not read back. */
  async recordAll(em: EntityManager, entries: HistoryEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 100)
      await em
        .createQueryBuilder()
        .insert()
        .into(WorkflowEvent)
        .values(entries.slice(i, i + 100).map(historyRow))
        .updateEntity(false)
        .execute();
  }

  history(em: EntityManager, resource: string, docId: number): Promise<WorkflowEvent[]> {
    return em.find(WorkflowEvent, { where: { resource, docId }, order: { id: 'ASC' } });
  }
}
