import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { RECTIFICATION_STATUS_LABELS, RectificationStatus } from '../../../shared/domain/results';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { Evaluation } from '../evaluations/entities/evaluation.entity';
import { MonitoringReport } from '../monitoring/entities/monitoring.entity';
import { Org } from '../orgs/entities/org.entity';
import {
  AnswerRectificationDto,
  CreateRectificationDto,
  RectificationActionDto,
  UpdateRectificationDto,
} from './dto/rectification.dto';
import { Rectification, RectificationEvent } from './entities/rectification.entity';

const SPEC: ListSpec = {
  resource: 'rectifications',
  idColumn: 'r.id',
  sortable: {
    id: 'r.id',
    year: 'r.year',
    title: 'r.title',
    deadline: 'r.deadline',
    status: 'r.status',
    createdAt: 'r.createdAt',
    updatedAt: 'r.updatedAt',
  },
  defaultSort: ['id', 'DESC'],
  filters: {
    q: { kind: 'like', columns: ['r.title', 'r.requirement', 'o.name'] },
    status: { kind: 'eq', column: 'r.status', type: 'string' },
    source: { kind: 'eq', column: 'r.source', type: 'string' },
    documentId: { kind: 'eq', column: 'r.documentId', type: 'int' },
    year: { kind: 'eq', column: 'r.year', type: 'int' },
    orgId: { kind: 'eq', column: 'r.orgId', type: 'int' },
  },
};

type Action = 'answer' | 'close' | 'reopen';

/** Which action moves an item from which states, and who may take it. */
const STEPS: Record<
  Action,
  { from: RectificationStatus[]; to: RectificationStatus; role: string }
> = {
  answer: { from: ['open'], to: 'answered', role: 'unit' },
  close: { from: ['answered'], to: 'closed', role: 'finance' },
  reopen: { from: ['answered', 'closed'], to: 'open', role: 'finance' },
};

const ACTION_LABELS: Record<Action, string> = {
  answer: '反馈整改情况',
  close: '销号',
  reopen: '重新打开',
};

export type RectificationView = Rectification & {
  orgName: string;
  /** past the deadline and not closed */
  overdue: boolean;
  /** what the caller may do now */
  actions: string[];
};

type Joined = Rectification & { org?: Org };

const today = (): string => new Date().toISOString().slice(0, 10);

function checkDate(value: string): void {
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw invalid('deadline', `整改期限「${value}」不是有效日期`);
}

/**
 * 问题整改: open (finance, on a self-evaluation or monitoring report of its region) → answered (the
 * unit) → closed (finance), or reopened. Every step is a conditional update on status and version,
 * kept in the item's history and in the audit log.
 */
@Injectable()
export class RectificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  scoped(user: AuthUser, em: EntityManager = this.db.manager): SelectQueryBuilder<Rectification> {
    const qb = em
      .createQueryBuilder(Rectification, 'r')
      .innerJoinAndMapOne('r.org', Org, 'o', 'o.id = r.orgId');
    if (user.orgPath !== null) qb.where('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
    return qb;
  }

  private toView(user: AuthUser, { org, ...rest }: Joined): RectificationView {
    const actions = (Object.keys(STEPS) as Action[]).filter(
      (a) => STEPS[a].role === user.role && STEPS[a].from.includes(rest.status),
    ) as string[];
    if (user.role === 'finance' && rest.status === 'open') actions.unshift('edit');
    return Object.assign(new Rectification(), rest, {
      orgName: org?.name ?? '',
      overdue: rest.status !== 'closed' && rest.deadline < today(),
      actions,
    });
  }

  async list(user: AuthUser, query: Record<string, unknown>, res: Response) {
    return (await listPage(this.scoped(user), query, SPEC, res)).map((r) => this.toView(user, r));
  }

  private async load(user: AuthUser, id: number, em: EntityManager) {
    const found: Joined | null = await this.scoped(user, em)
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!found?.org) throw notFound('整改事项');
    return { item: found, org: found.org };
  }

  async get(user: AuthUser, id: number, em: EntityManager = this.db.manager) {
    return this.toView(user, (await this.load(user, id, em)).item);
  }

  private event(user: AuthUser, action: RectificationEvent['action'], comment: string) {
    return { action, at: new Date().toISOString(), userId: user.id, userName: user.name, comment };
  }

  async create(user: AuthUser, dto: CreateRectificationDto): Promise<RectificationView> {
    if (user.role !== 'finance') throw new DomainError('FORBIDDEN', '只有财政局可以下达整改要求');
    checkDate(dto.deadline);
    const requirement = dto.requirement.trim();
    if (!requirement) throw invalid('requirement', '整改要求不能为空');
    return this.db.transaction(async (em) => {
      const entity = dto.source === 'evaluations' ? Evaluation : MonitoringReport;
      const doc = await em
        .createQueryBuilder(entity, 'd')
        .innerJoin(Org, 'o', 'o.id = d.orgId')
        .select(['d.id AS id', 'd.orgId AS orgId', 'd.year AS year', 'd.title AS title'])
        .addSelect('o.path', 'path')
        .where('d.id = :id', { id: dto.documentId })
        .andWhere('o.path LIKE :prefix', { prefix: `${user.orgPath ?? ''}%` })
        .getRawOne<{ id: number; orgId: number; year: number; title: string; path: string }>();
      if (!doc)
        throw new DomainError(
          'NOT_FOUND',
          `${dto.source === 'evaluations' ? '绩效自评表' : '绩效运行监控表'}不存在或无权访问`,
          { documentId: '文档不存在或无权访问' },
        );
      const fields = {
        source: dto.source,
        documentId: Number(doc.id),
        orgId: Number(doc.orgId),
        year: Number(doc.year),
        title: doc.title,
        requirement,
        deadline: dto.deadline,
        status: 'open' as const,
        answer: '',
        openedBy: user.id,
        answeredAt: null,
        closedAt: null,
        history: [this.event(user, 'open', requirement)],
      };
      const inserted = await em.insert(Rectification, fields);
      const id = Number(inserted.identifiers[0].id);
      await this.audit.record(em, {
        user,
        action: 'create',
        resource: 'rectifications',
        resourceId: id,
        orgPath: doc.path,
        after: { ...fields, history: undefined },
      });
      return this.get(user, id, em);
    });
  }

  /** The finance reviewer corrects the requirement or the deadline while the item is open. */
  async update(user: AuthUser, id: number, dto: UpdateRectificationDto) {
    if (user.role !== 'finance') throw new DomainError('FORBIDDEN', '只有财政局可以修改整改要求');
    checkDate(dto.deadline);
    const requirement = dto.requirement.trim();
    if (!requirement) throw invalid('requirement', '整改要求不能为空');
    return this.db.transaction(async (em) => {
      const { item, org } = await this.load(user, id, em);
      if (item.status !== 'open')
        throw new DomainError(
          'INVALID_STATE',
          `整改事项${RECTIFICATION_STATUS_LABELS[item.status]}，不能修改整改要求`,
        );
      const update = await em
        .createQueryBuilder()
        .update(Rectification)
        .set({
          requirement,
          deadline: dto.deadline,
          history: [...item.history, this.event(user, 'update', requirement)],
        })
        .where('id = :id AND version = :version AND status = :status', {
          id,
          version: dto.version,
          status: 'open',
        })
        .execute();
      if (!update.affected) throw staleVersion();
      await this.audit.record(em, {
        user,
        action: 'update',
        resource: 'rectifications',
        resourceId: id,
        orgPath: org.path,
        before: { requirement: item.requirement, deadline: item.deadline },
        after: { requirement, deadline: dto.deadline },
      });
      return this.get(user, id, em);
    });
  }

  answer(user: AuthUser, id: number, dto: AnswerRectificationDto) {
    const answer = dto.answer.trim();
    if (!answer) throw invalid('answer', '整改情况不能为空');
    return this.act(user, id, 'answer', answer, dto.version);
  }

  close(user: AuthUser, id: number, dto: RectificationActionDto) {
    return this.act(user, id, 'close', (dto.comment ?? '').trim(), dto.version);
  }

  reopen(user: AuthUser, id: number, dto: RectificationActionDto) {
    const comment = (dto.comment ?? '').trim();
    if (!comment) throw invalid('comment', '重新打开时必须说明理由');
    return this.act(user, id, 'reopen', comment, dto.version);
  }

  private async act(
    user: AuthUser,
    id: number,
    action: Action,
    text: string,
    expectedVersion?: number,
  ): Promise<RectificationView> {
    return this.db.transaction(async (em) => {
      const { item, org } = await this.load(user, id, em);
      const step = STEPS[action];
      if (step.role !== user.role)
        throw new DomainError('FORBIDDEN', `您的角色不能${ACTION_LABELS[action]}`);
      if (expectedVersion !== undefined && expectedVersion !== item.version) throw staleVersion();
      if (!step.from.includes(item.status))
        throw new DomainError(
          'INVALID_STATE',
          `整改事项当前为「${RECTIFICATION_STATUS_LABELS[item.status]}」，不能${ACTION_LABELS[action]}`,
        );
      const now = new Date();
      const set: Partial<Rectification> = {
        status: step.to,
        history: [...item.history, this.event(user, action, text)],
        ...(action === 'answer' ? { answer: text, answeredAt: now } : {}),
        ...(action === 'close' ? { closedAt: now } : {}),
        ...(action === 'reopen' ? { closedAt: null } : {}),
      };
      const update = await em
        .createQueryBuilder()
        .update(Rectification)
        .set(set)
        .where('id = :id AND version = :version AND status = :status', {
          id,
          version: item.version,
          status: item.status,
        })
        .execute();
      if (!update.affected) throw staleVersion();
      await this.audit.record(em, {
        user,
        action,
        resource: 'rectifications',
        resourceId: id,
        orgPath: org.path,
        before: { status: item.status, answer: item.answer },
        after: { status: step.to, answer: set.answer ?? item.answer, comment: text },
      });
      return this.get(user, id, em);
    });
  }
}
