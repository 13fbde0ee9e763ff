import { Logger } from '@nestjs/common';
import { Job as BullJob, Queue, UnrecoverableError, Worker } from 'bullmq';
import Redis, { RedisOptions } from 'ioredis';
import { hostname } from 'node:os';
import type { AppConfig } from '../config/config';
import { JobStore } from '../modules/jobs/job-store';
import { JobExecutor } from './job-executor';
import { JobRegistry } from './job-handler';
import { JobRunner } from './job-runner';
import {
  BATCH_NAMES,
  BatchName,
  BATCHES,
  JOB_NAMES,
  JobName,
  jobIds,
  JOBS,
  QueueName,
  QUEUES,
  REMINDER_SCHEDULER_ID,
  CLEANUP_CRON,
  CLEANUP_SCHEDULER_ID,
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

function batchOptions(name: BatchName) {
  const spec = BATCHES[name];
  return {
    attempts: spec.attempts,
    backoff: { type: 'exponential' as const, delay: spec.backoffMs },
    removeOnComplete: { age: spec.keepCompletedSeconds },
    removeOnFail: { age: spec.keepFailedSeconds },
  };
}

/** How often a job waiting for its batches looks at them, and at how many unfinished ones. */
const BATCH_POLL_MS = 200;
const BATCH_WINDOW = 16;

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
    await this.queue('cleanup').upsertJobScheduler(
      CLEANUP_SCHEDULER_ID,
      { pattern: CLEANUP_CRON, tz: REMINDER_TIMEZONE },
      { name: 'cleanup', data: {}, opts: jobOptions('cleanup') },
    );
  }

  startWorkers(): void {
    const missing = [
      ...JOB_NAMES.filter((n) => !this.registry.get(n)),
      ...BATCH_NAMES.filter((n) => !this.registry.batch(n)),
    ];
    if (missing.length) this.logger.warn(`No handler for job(s): ${missing.join(', ')}`);
    for (const queueName of Object.values(QUEUES)) {
      const worker = new Worker(queueName, (job: BullJob) => this.process(job), {
        // Stored on each job it processes (Bull Board shows it): which process ran what.
        name: `${hostname()}:${process.pid}`,
        connection: this.connection(true),
        prefix: this.config.queuePrefix,
        concurrency: this.config.workerConcurrency,
        lockDuration: this.config.jobLockMs,
        stalledInterval: this.config.jobStalledIntervalMs,
        maxStalledCount: 2,
      });
      worker.on('failed', (job, error) => {
        // A job that stalled too often never reaches the executor: record the failure here.
        // (Batches have no row; the job waiting for them sees the failure.)
        if (job && queueName !== QUEUES.batches && /stalled/i.test(error.message)) {
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
    if (job.queueName === QUEUES.batches) {
      const handler = this.registry.batch(job.name as BatchName);
      if (!handler) throw new UnrecoverableError(`No handler for batch ${job.name}`);
      return handler.run((job.data ?? {}) as Record<string, unknown>);
    }
    const name = job.name as JobName;
    const outcome = await this.executor.run({
      id: job.id as string,
      name,
      data: (job.data ?? {}) as Record<string, unknown>,
      attempt: job.attemptsMade + 1,
      onProgress: (percent) => job.updateProgress(percent),
      batches: (batch, inputs, onDone) => this.fanOut(job, batch, inputs, onDone),
    });
    return outcome.result ?? null;
  }

  /**
   * A job's batches as jobs of the `batches` queue, for every worker process to share; resolves
   * with their results once all are done. Their ids come from the job and its run (the BullMQ
   * job's creation time: the same for a retry or a stalled restart, new when the job is asked for
   * again), so a run that starts over finds the batches it had queued — done, running or waiting
   * — and queues none twice. A batch that failed for good fails this attempt; the next attempt
   * gives it another go.
   */
  private async fanOut(
    parent: BullJob,
    name: BatchName,
    inputs: Record<string, unknown>[],
    onDone?: (done: number, results: unknown[]) => Promise<void>,
  ): Promise<unknown[]> {
    const queue = this.queues.get(QUEUES.batches) as Queue;
    const since = Date.now();
    const ids = inputs.map((_, k) => jobIds.batch(parent.id as string, parent.timestamp, k));
    const opts = batchOptions(name);
    // BullMQ leaves a job whose id exists as it is.
    for (let k = 0; k < inputs.length; k += 500)
      await queue.addBulk(
        inputs
          .slice(k, k + 500)
          .map((data, i) => ({ name, data, opts: { ...opts, jobId: ids[k + i] } })),
      );
    const results: unknown[] = new Array<unknown>(inputs.length);
    let pending = ids.map((_, k) => k);
    let reported = -1;
    for (;;) {
      const still: number[] = [];
      let unfinished = 0;
      for (const k of pending) {
        // Batches are taken in order: past a window of unfinished ones, the rest are waiting.
        if (unfinished >= BATCH_WINDOW) {
          still.push(k);
          continue;
        }
        // The state first: a job read before it completed would lack its result.
        const state = await queue.getJobState(ids[k]);
        const batch = state === 'unknown' ? undefined : await queue.getJob(ids[k]);
        if (batch && state === 'completed') {
          results[k] = batch.returnvalue;
          continue;
        }
        unfinished += 1;
        still.push(k);
        if (!batch) {
          // Cleaned up since it completed in an earlier run: it runs again.
          await queue.add(name, inputs[k], { ...opts, jobId: ids[k] });
        } else if (state === 'failed') {
          if ((batch.finishedOn ?? 0) >= since)
            throw new Error(`batch ${ids[k]} failed: ${batch.failedReason}`);
          await batch.retry('failed');
        }
      }
      pending = still;
      const done = inputs.length - pending.length;
      if (done !== reported) {
        reported = done;
        await onDone?.(done, results);
      }
      if (pending.length === 0) return results;
      await new Promise((resolve) => setTimeout(resolve, BATCH_POLL_MS));
    }
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
