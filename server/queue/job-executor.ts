import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { JobStore } from '../modules/jobs/job-store';
import { BatchRunner, JobContext, JobOutcome, JobRegistry, PermanentJobError } from './job-handler';
import { BatchName, JobName, JOBS } from './queue.constants';

export interface Attempt {
  id: string;
  name: JobName;
  data: Record<string, unknown>;
  /** 1-based. */
  attempt: number;
  /** Also report progress to the queue (BullMQ's own job progress, shown by Bull Board). */
  onProgress?: (percent: number) => Promise<void>;
  /** Runs the job's batches on the queue (production mode); otherwise they run here. */
  batches?: BatchRunner;
}

/**
 * Runs one attempt of a job with its handler, in either mode, and mirrors it in the `jobs` table:
 * active when it starts, its progress, completed with the handler's result, or failed — at once
 * for a permanent failure, after the last attempt otherwise (earlier attempts wait for a retry).
 * Rethrows the failure so that BullMQ (or the embedded runner) retries with backoff.
 */
@Injectable()
export class JobExecutor {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly registry: JobRegistry,
    private readonly store: JobStore,
  ) {}

  async run(a: Attempt): Promise<JobOutcome> {
    const handler = this.registry.get(a.name);
    if (!handler) {
      const message = `没有处理「${a.name}」任务的程序，请检查部署版本`;
      await this.store.failed(a.id, message);
      throw new PermanentJobError(message);
    }
    await this.store.started(a.id, a.name, a.data);
    let last = -1;
    try {
      const outcome = await handler.run({
        id: a.id,
        name: a.name,
        data: a.data,
        attempt: a.attempt,
        progress: async (percent, message) => {
          const rounded = Math.round(percent);
          if (rounded === last && message === undefined) return;
          last = rounded;
          await this.store.progress(a.id, rounded, message);
          await a.onProgress?.(rounded);
        },
        batches: (a.batches ?? this.batchesHere.bind(this)) as JobContext['batches'],
      });
      await this.store.completed(a.id, outcome.message, outcome.result ?? null);
      return outcome;
    } catch (error) {
      const permanent = error instanceof UnrecoverableError;
      const final = permanent || a.attempt >= JOBS[a.name].attempts;
      if (permanent) {
        const result = error instanceof PermanentJobError ? (error.result ?? null) : null;
        await this.store.failed(a.id, error.message, result);
      } else {
        this.logger.error(
          `Job ${a.id} attempt ${a.attempt} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (final)
          await this.store.failed(
            a.id,
            `处理失败（已重试 ${a.attempt} 次），请稍后重试或联系系统管理员`,
          );
        else await this.store.retrying(a.id, `第 ${a.attempt} 次处理失败，稍后自动重试`);
      }
      throw error;
    }
  }

  /** Batches in this process, one after the other (the embedded mode). */
  private async batchesHere(
    name: BatchName,
    inputs: Record<string, unknown>[],
    onDone?: (done: number, results: unknown[]) => Promise<void>,
  ): Promise<unknown[]> {
    const handler = this.registry.batch(name);
    if (!handler) throw new PermanentJobError(`没有处理「${name}」批次的程序，请检查部署版本`);
    const results: unknown[] = [];
    for (const input of inputs) {
      results.push(await handler.run(input));
      await onDone?.(results.length, results);
    }
    return results;
  }
}
