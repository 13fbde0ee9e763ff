import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { JobName } from './queue.constants';

/** What a handler sees of the job it runs, in either mode. */
export interface JobContext<D = Record<string, unknown>> {
  id: string;
  name: JobName;
  data: D;
  /** 1 for the first run, 2… for retries and restarts after a crash. */
  attempt: number;
  /** Reports progress (0–100) and, optionally, what is being done (Chinese). */
  progress: (percent: number, message?: string) => Promise<void>;
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

  register<D>(handler: JobHandler<D>): void {
    this.handlers.set(handler.name, handler as unknown as JobHandler);
  }

  get(name: JobName): JobHandler | undefined {
    return this.handlers.get(name);
  }
}
