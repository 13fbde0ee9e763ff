import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { BatchName, JobName } from './queue.constants';

/** What a handler sees of the job it runs, in either mode. */
export interface JobContext<D = Record<string, unknown>> {
  id: string;
  name: JobName;
  data: D;
  /** 1 for the first run, 2… for retries and restarts after a crash. */
  attempt: number;
  /** Reports progress (0–100) and, optionally, what is being done (Chinese). */
  progress: (percent: number, message?: string) => Promise<void>;
  /**
   * Runs `inputs` as batches of `name` and resolves with their results, in order. In production
   * mode each batch is a job of the `batches` queue that any worker process may take, so the work
   * spreads over all of them; a run of this job that was cut short and runs again finds the
   * batches already done and waits for the rest only. In the embedded mode they run here, one
   * after the other. `onDone` hears how many have finished (and the results so far).
   */
  batches: <I extends Record<string, unknown>, R>(
    name: BatchName,
    inputs: I[],
    onDone?: (done: number, results: (R | undefined)[]) => Promise<void>,
  ) => Promise<R[]>;
}

/** How a runner runs batches (JobContext.batches, untyped). */
export type BatchRunner = (
  name: BatchName,
  inputs: Record<string, unknown>[],
  onDone?: (done: number, results: unknown[]) => Promise<void>,
) => Promise<unknown[]>;

/**
 * The work of one batch. Idempotent like job handlers: a batch may run twice (a retry, a worker
 * that died holding it).
 */
export interface BatchHandler<I = Record<string, unknown>, R = unknown> {
  readonly name: BatchName;
  run(input: I): Promise<R>;
}

export interface JobOutcome {
  /** Shown as the job's message (Chinese). */
  message: string;
  result?: Record<string, unknown>;
}

/**
 * A job's work. Handlers are idempotent: running one twice (a retry, a worker killed half way)
 * leaves the same state as running it once.
 */
export interface JobHandler<D = Record<string, unknown>> {
  readonly name: JobName;
  run(ctx: JobContext<D>): Promise<JobOutcome>;
}

/**
 * A failure that a retry cannot fix (a refused import, a document no longer in scope): the job
 * fails at once, with a Chinese message and, for imports, the list of problems as its result.
 */
export class PermanentJobError extends UnrecoverableError {
  constructor(
    message: string,
    readonly result?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** Handlers register here when their module starts; the runners look them up by job name. */
@Injectable()
export class JobRegistry {
  private readonly handlers = new Map<JobName, JobHandler>();
  private readonly batchHandlers = new Map<BatchName, BatchHandler>();

  register<D>(handler: JobHandler<D>): void {
    this.handlers.set(handler.name, handler as unknown as JobHandler);
  }

  get(name: JobName): JobHandler | undefined {
    return this.handlers.get(name);
  }

  registerBatch<I, R>(handler: BatchHandler<I, R>): void {
    this.batchHandlers.set(handler.name, handler as unknown as BatchHandler);
  }

  batch(name: BatchName): BatchHandler | undefined {
    return this.batchHandlers.get(name);
  }
}
