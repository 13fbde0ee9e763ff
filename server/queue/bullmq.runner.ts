import { Logger } from '@nestjs/common';
import { Job as BullJob, Queue, Worker } from 'bullmq';
import Redis, { RedisOptions } from 'ioredis';
import type { AppConfig } from '../config/config';
import { JobStore } from '../modules/jobs/job-store';
import { JobExecutor } from './job-executor';
import { JobRegistry } from './job-handler';
import { JobRunner } from './job-runner';
import {
  JOB_NAMES,
  JobName,
  JOBS,
  QueueName,
  QUEUES,
  REMINDER_SCHEDULER_ID,
  REMINDER_TIMEZONE,
} from './queue.constants';
import { checkEvictionPolicy, RedisPolicyError } from './redis-check';

function jobOptions(name: JobName) {
  const spec = JOBS[name];
  return {
    attempts: spec.attempts,
    backoff: { type: 'exponential' as const, delay: spec.backoffMs },
    removeOnComplete: { age: spec.keepCompletedSeconds },
    removeOnFail: { age: spec.keepFailedSeconds },
  };
}

/**
 * Production mode: BullMQ on Redis. Every process has the queues (to enqueue); the worker
 * processes — and the API unless WORKERS=false — also run workers. Stalled jobs (a worker that
 * died holding one) go back to the queue after the lock expires and run again; handlers are
 * idempotent, so that is safe.
 */
export class BullMqRunner extends JobRunner {
  private readonly logger = new Logger('Queues');
  private readonly connections: Redis[] = [];
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly warnedAt = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly executor: JobExecutor,
    private readonly registry: JobRegistry,
    private readonly store: JobStore,
  ) {
    super();
  }

  private connection(forWorker: boolean): Redis {
    const options: RedisOptions = forWorker
      ? // Workers block on Redis and must never give up a command (BullMQ requires null).
        { maxRetriesPerRequest: null }
      : // Producers fail fast so that a request never hangs while Redis is down.
        { maxRetriesPerRequest: 1, connectTimeout: 3000 };
    const client = new Redis(this.config.redisUrl as string, options);
    client.on('error', () => undefined); // ioredis reconnects; BullMQ reports what matters
    this.connections.push(client);
    return client;
  }

  /**
   * Checks Redis, opens the queues and the job scheduler; the workers come in `startWorkers`. A
   * Redis that may evict keys stops the start. A Redis that is down does not: the API serves what
   * needs no queue, BullMQ reconnects, and the check and the scheduler run once Redis is back.
   */
  async open(): Promise<void> {
    const probe = this.connection(false);
    for (const name of Object.values(QUEUES)) {
      const queue = new Queue(name, { connection: probe, prefix: this.config.queuePrefix });
      queue.on('error', (error) => this.warn(`Queue ${name}`, error));
      this.queues.set(name, queue);
    }
    try {
      await this.prepare(probe);
    } catch (error) {
      if (error instanceof RedisPolicyError) throw error;
      this.logger.warn(
        `Redis unreachable at start (${error instanceof Error ? error.message : String(error)}): jobs wait until it is back`,
      );
      probe.once('ready', () => {
        this.prepare(probe).catch((e: unknown) =>
          this.logger.error(e instanceof Error ? e.message : String(e)),
        );
      });
    }
  }

  private async prepare(probe: Redis): Promise<void> {
    await checkEvictionPolicy(probe);
    // Daily reminders: an upsert, so every process may declare it and it exists once.
    await this.queue('reminders').upsertJobScheduler(
      REMINDER_SCHEDULER_ID,
      { pattern: this.config.reminderCron, tz: REMINDER_TIMEZONE },
      { name: 'reminders', data: {}, opts: jobOptions('reminders') },
    );
  }

  startWorkers(): void {
    const missing = JOB_NAMES.filter((n) => !this.registry.get(n));
    if (missing.length) this.logger.warn(`No handler for job(s): ${missing.join(', ')}`);
    for (const queueName of Object.values(QUEUES)) {
      const worker = new Worker(queueName, (job: BullJob) => this.process(job), {
        connection: this.connection(true),
        prefix: this.config.queuePrefix,
        concurrency: this.config.workerConcurrency,
        lockDuration: this.config.jobLockMs,
        stalledInterval: this.config.jobStalledIntervalMs,
        maxStalledCount: 2,
      });
      worker.on('failed', (job, error) => {
        // A job that stalled too often never reaches the executor: record the failure here.
        if (job && /stalled/i.test(error.message)) {
          void this.store
            .failed(job.id as string, '处理任务的进程多次意外中断，任务已停止，请重新提交')
            .catch(() => undefined);
        }
      });
      worker.on('error', (error) => this.warn(`Worker ${queueName}`, error));
      this.workers.push(worker);
    }
    this.logger.log(
      `Workers ready on ${Object.values(QUEUES).join(', ')} (concurrency ${this.config.workerConcurrency})`,
    );
  }

  private async process(job: BullJob): Promise<unknown> {
    const name = job.name as JobName;
    const outcome = await this.executor.run({
      id: job.id as string,
      name,
      data: (job.data ?? {}) as Record<string, unknown>,
      attempt: job.attemptsMade + 1,
      onProgress: (percent) => job.updateProgress(percent),
    });
    return outcome.result ?? null;
  }

  /** While Redis is down every reconnection fails: say so once a minute, not each time. */
  private warn(source: string, error: Error): void {
    const now = Date.now();
    if (now - (this.warnedAt.get(source) ?? 0) < 60_000) return;
    this.warnedAt.set(source, now);
    this.logger.warn(`${source}: ${error.message}`);
  }

  private queue(name: JobName): Queue {
    return this.queues.get(JOBS[name].queue) as Queue;
  }

  async add(name: JobName, id: string, data: Record<string, unknown>): Promise<void> {
    const queue = this.queue(name);
    // A finished BullMQ job keeps its id until it is cleaned up: remove it to run the id again.
    const old = await queue.getJob(id);
    if (old) {
      const state = await old.getState();
      if (state === 'completed' || state === 'failed') await old.remove();
    }
    await queue.add(name, data, { ...jobOptions(name), jobId: id });
  }

  boardQueues(): Queue[] {
    return [...this.queues.values()];
  }

  /**
   * Workers first: each finishes the job it holds (at most 10 s; a job cut short is picked up
   * again elsewhere, handlers being idempotent). Never waits on a Redis that is down.
   */
  async close(): Promise<void> {
    const within = (work: Promise<unknown>[], ms: number) =>
      Promise.race([
        Promise.allSettled(work),
        new Promise((resolve) => setTimeout(resolve, ms).unref()),
      ]);
    const up = this.connections[0]?.status === 'ready';
    await within(
      this.workers.map((w) => w.close(!up)),
      up ? 10_000 : 1_000,
    );
    await within(
      [...this.queues.values()].map((q) => q.close()),
      up ? 2_000 : 500,
    );
    for (const c of this.connections) c.disconnect();
  }
}
