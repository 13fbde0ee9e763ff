import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { JobName, JobState, JOBS } from '../../queue/queue.constants';
import { User } from '../users/entities/user.entity';
import { Job } from './entities/job.entity';

const SPEC: ListSpec = {
  resource: 'jobs',
  idColumn: 'j.id',
  sortable: {
    id: 'j.id',
    createdAt: 'j.createdAt',
    finishedAt: 'j.finishedAt',
    type: 'j.type',
    state: 'j.state',
  },
  defaultSort: ['createdAt', 'DESC'],
  filters: {
    type: { kind: 'eq', column: 'j.type', type: 'string' },
    state: { kind: 'eq', column: 'j.state', type: 'string' },
    createdBy: { kind: 'eq', column: 'j.createdBy', type: 'int' },
  },
};

/** A job as the API shows it (`GET /api/jobs`). */
export interface JobView {
  id: string;
  type: JobName;
  /** What the job works on, for people: the exported documents, the imported file, the year. */
  title: string | null;
  state: JobState;
  progress: number;
  message: string;
  result: Record<string, unknown> | null;
  error: string | null;
  createdBy: number | null;
  /** The name of the user who asked for it (lists and single jobs; null for scheduled jobs). */
  createdByName?: string | null;
  attempts: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** What a job works on, from its input: never the input itself (it may list 10,000 ids). */
export function jobTitle(j: Pick<Job, 'type' | 'data'>): string | null {
  const d = j.data ?? {};
  if (typeof d.title === 'string' && d.title) return d.title;
  if (j.type === 'import' && typeof d.filename === 'string') return d.filename;
  if (j.type === 'recompute' && typeof d.year === 'number')
    return `${d.year} 年度${typeof d.template === 'string' ? `（${d.template}）` : ''}`;
  if (j.type === 'reminders' && typeof d.date === 'string') return d.date;
  return null;
}

export function jobView(j: Job, createdByName?: string | null): JobView {
  return {
    id: j.id,
    type: j.type,
    title: jobTitle(j),
    state: j.state,
    progress: j.progress,
    message: j.message,
    result: j.result,
    error: j.error,
    createdBy: j.createdBy,
    ...(createdByName === undefined ? {} : { createdByName }),
    attempts: j.attempts,
    createdAt: j.createdAt,
    startedAt: j.startedAt,
    finishedAt: j.finishedAt,
  };
}

/**
 * Told in the transaction that records the end of a job (completed, or failed for good): what
 * must happen exactly when a job ends happens with it, or not at all.
 */
export type JobFinishedListener = (em: EntityManager, job: Job) => Promise<void>;

const MESSAGE_MAX = 500;
const clip = (s: string, max = MESSAGE_MAX) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The `jobs` table: the durable record of every background job. Runners write state and
 * progress here (BullMQ's worker in production mode, the in-process runner in the embedded mode);
 * the API reads it, scoped to the caller's own jobs (administrators see all).
 */
@Injectable()
export class JobStore {
  private readonly finishedListeners: JobFinishedListener[] = [];

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Registers what runs when a job ends (modules call it when they start). */
  onFinished(listener: JobFinishedListener): void {
    this.finishedListeners.push(listener);
  }

  private async tellFinished(em: EntityManager, id: string): Promise<void> {
    if (this.finishedListeners.length === 0) return;
    const job = await em.findOneBy(Job, { id });
    if (!job) return;
    for (const listener of this.finishedListeners) await listener(em, job);
  }

  /**
   * Records a request for the job `id`. Returns whether it must be (re-)queued: not when the same
   * work is already waiting or running, nor when it finished and `keep` says its result still
   * stands; a failed job, or a finished one of a kind that runs again, is reset to waiting.
   * Concurrent requests for one id queue it once (insert on a primary key, conditional reset).
   * `record` writes the request's audit row in the same transaction as the job row.
   */
  async request(
    userId: number | null,
    name: JobName,
    id: string,
    data: Record<string, unknown>,
    keep: (job: Job) => boolean,
    record?: (em: EntityManager, queued: boolean) => Promise<void>,
  ): Promise<{ job: Job; queue: boolean }> {
    const existing = await this.db.manager.findOneBy(Job, { id });
    const queue = await this.db.transaction(async (em) => {
      const queued = existing
        ? await this.reset(em, existing, userId, name, data, keep)
        : await this.insertIgnore(
            {
              id,
              type: name,
              state: 'waiting',
              progress: 0,
              message: '排队等待处理',
              data: data as QueryDeepPartialEntity<Job>['data'],
              result: null,
              error: null,
              createdBy: userId,
              attempts: 0,
              startedAt: null,
              finishedAt: null,
            },
            em,
          );
      await record?.(em, queued);
      return queued;
    });
    // Read after the commit: a concurrent request's row is visible here even when it won the insert.
    return { job: await this.db.manager.findOneByOrFail(Job, { id }), queue };
  }

  /** A finished job asked for again: reset to waiting when it must run again. */
  private async reset(
    em: EntityManager,
    existing: Job,
    userId: number | null,
    name: JobName,
    data: Record<string, unknown>,
    keep: (job: Job) => boolean,
  ): Promise<boolean> {
    const finished = existing.state === 'completed' || existing.state === 'failed';
    const rerun =
      existing.state === 'failed' ||
      (existing.state === 'completed' && (JOBS[name].rerunWhenCompleted || !keep(existing)));
    if (!finished || !rerun) return false;
    const reset = await em
      .createQueryBuilder()
      .update(Job)
      .set({
        state: 'waiting',
        progress: 0,
        message: '排队等待处理',
        data: data as QueryDeepPartialEntity<Job>['data'],
        result: null,
        error: null,
        createdBy: userId,
        attempts: 0,
        createdAt: new Date(),
        startedAt: null,
        finishedAt: null,
      })
      .where('id = :id AND state = :state AND attempts = :attempts', {
        id: existing.id,
        state: existing.state,
        attempts: existing.attempts,
      })
      .execute();
    return Boolean(reset.affected);
  }

  /** A handler starts (again) on the job; a job queued by a scheduler gets its row here. */
  async started(id: string, name: JobName, data: Record<string, unknown>): Promise<void> {
    const now = new Date();
    const updated = await this.db
      .createQueryBuilder()
      .update(Job)
      .set({
        state: 'active',
        message: '正在处理',
        error: null,
        startedAt: now,
        finishedAt: null,
        attempts: () => 'attempts + 1',
      })
      .where('id = :id', { id })
      .execute();
    if (updated.affected) return;
    const inserted = await this.insertIgnore({
      id,
      type: name,
      state: 'active',
      progress: 0,
      message: '正在处理',
      data: data as QueryDeepPartialEntity<Job>['data'],
      result: null,
      error: null,
      createdBy: null,
      attempts: 1,
      startedAt: now,
      finishedAt: null,
    });
    if (!inserted) await this.started(id, name, data);
  }

  /** Inserts the row unless its id exists: true when this call created it. */
  private async insertIgnore(
    values: QueryDeepPartialEntity<Job>,
    em: EntityManager = this.db.manager,
  ): Promise<boolean> {
    if (this.db.options.type === 'better-sqlite3') {
      // SQLite reports no affected rows for INSERT OR IGNORE: a duplicate key error says it.
      try {
        await em.insert(Job, values);
        return true;
      } catch (error) {
        const code = (error as { driverError?: { code?: string } }).driverError?.code ?? '';
        if (code.startsWith('SQLITE_CONSTRAINT')) return false;
        throw error;
      }
    }
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(Job)
      .values(values)
      .orIgnore()
      .updateEntity(false)
      .execute();
    return Number((result.raw as { affectedRows?: number }).affectedRows) > 0;
  }

  async progress(id: string, percent: number, message?: string): Promise<void> {
    const set: QueryDeepPartialEntity<Job> = {
      progress: Math.max(0, Math.min(100, Math.round(percent))),
    };
    if (message !== undefined) set.message = clip(message);
    await this.db.manager.update(Job, { id, state: 'active' }, set);
  }

  async completed(
    id: string,
    message: string,
    result: Record<string, unknown> | null,
  ): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.update(
        Job,
        { id },
        {
          state: 'completed',
          progress: 100,
          message: clip(message),
          result: result as QueryDeepPartialEntity<Job>['result'],
          error: null,
          finishedAt: new Date(),
        },
      );
      await this.tellFinished(em, id);
    });
  }

  /** The job failed for good (permanently, after its last attempt, or never queued). */
  async failed(
    id: string,
    message: string,
    result: Record<string, unknown> | null = null,
  ): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.update(
        Job,
        { id },
        {
          state: 'failed',
          message: clip(message),
          error: clip(message, 2000),
          result: result as QueryDeepPartialEntity<Job>['result'],
          finishedAt: new Date(),
        },
      );
      await this.tellFinished(em, id);
    });
  }

  /** A failed attempt that will be retried. */
  async retrying(id: string, message: string): Promise<void> {
    await this.db.manager.update(Job, { id }, { state: 'waiting', message: clip(message) });
  }

  /** Jobs the embedded runner must pick up again after a restart. */
  unfinished(): Promise<Job[]> {
    return this.db.manager.find(Job, {
      where: { state: In(['waiting', 'active']) },
      order: { createdAt: 'ASC' },
    });
  }

  find(id: string): Promise<Job | null> {
    return this.db.manager.findOneBy(Job, { id });
  }

  private scoped(user: AuthUser) {
    const qb = this.db.createQueryBuilder(Job, 'j');
    if (user.role !== 'admin') qb.where('j.createdBy = :me', { me: user.id });
    return qb;
  }

  async list(user: AuthUser, query: Record<string, unknown>, res: Response): Promise<JobView[]> {
    return this.views(await listPage(this.scoped(user), query, SPEC, res));
  }

  /** Jobs with the names of the users who asked for them (one query for the page). */
  async views(jobs: Job[]): Promise<JobView[]> {
    const ids = [
      ...new Set(jobs.map((j) => j.createdBy).filter((id): id is number => id !== null)),
    ];
    const users = ids.length
      ? await this.db.manager.find(User, {
          select: { id: true, name: true },
          where: { id: In(ids) },
        })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return jobs.map((j) =>
      jobView(j, j.createdBy === null ? null : (names.get(j.createdBy) ?? null)),
    );
  }

  /** The caller's job (any job for an administrator), or 404. */
  async get(user: AuthUser, id: string): Promise<Job> {
    const job = await this.scoped(user).andWhere('j.id = :id', { id }).getOne();
    if (!job) throw notFound('任务');
    return job;
  }
}
