import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { JobStore } from '../modules/jobs/job-store';
import { JobExecutor } from './job-executor';
import { JobRegistry } from './job-handler';
import { JobRunner } from './job-runner';
import { beijingDate, JOB_NAMES, JobName, JOBS, jobIds } from './queue.constants';

interface Pending {
  name: JobName;
  id: string;
  data: Record<string, unknown>;
  attempt: number;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Embedded mode (no Redis): the same handlers, run one at a time in this process, with the same
 * attempts and backoff. State lives in the `jobs` table only, so that jobs cut short by a
 * restart run again at the next start. Reminders and the files cleanup run a minute after start
 * and every 24 hours.
 */
export class InlineRunner extends JobRunner {
  private readonly logger = new Logger('Jobs');
  private readonly pending: Pending[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private running = false;
  private closed = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly executor: JobExecutor,
    private readonly registry: JobRegistry,
    private readonly store: JobStore,
  ) {
    super();
  }

  async start(): Promise<void> {
    const missing = JOB_NAMES.filter((n) => !this.registry.get(n));
    if (missing.length) this.logger.warn(`No handler for job(s): ${missing.join(', ')}`);
    for (const job of await this.store.unfinished()) {
      this.push({ name: job.type, id: job.id, data: job.data, attempt: job.attempts + 1 });
    }
    this.later(60_000, () => this.daily('reminders'));
    this.later(60_000, () => this.daily('cleanup'));
  }

  /** Today's run of a daily job (once per Beijing day), then the next one in 24 hours. */
  private async daily(name: 'reminders' | 'cleanup'): Promise<void> {
    const id = jobIds[name](beijingDate());
    const { queue } = await this.store.request(null, name, id, {}, () => true);
    if (queue) await this.add(name, id, {});
    this.later(DAY_MS, () => this.daily(name));
  }

  private later(ms: number, fn: () => Promise<void>): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn().catch((e: unknown) => this.logger.warn(`Scheduled job: ${String(e)}`));
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  async add(name: JobName, id: string, data: Record<string, unknown>): Promise<void> {
    this.push({ name, id, data, attempt: 1 });
  }

  private push(p: Pending): void {
    if (this.closed || this.pending.some((q) => q.id === p.id)) return;
    this.pending.push(p);
    if (!this.running) this.idle = this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let next = this.pending.shift(); next && !this.closed; next = this.pending.shift()) {
        const job = next;
        await this.executor.run(job).catch((error: unknown) => {
          if (error instanceof UnrecoverableError || job.attempt >= JOBS[job.name].attempts) return;
          const delay = JOBS[job.name].backoffMs * 2 ** (job.attempt - 1);
          this.later(delay, async () => this.push({ ...job, attempt: job.attempt + 1 }));
        });
      }
    } finally {
      this.running = false;
    }
  }

  boardQueues(): unknown[] {
    return [];
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await this.idle;
  }
}
