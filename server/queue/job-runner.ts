import type { JobName } from './queue.constants';

/**
 * Puts a job in the hands of whatever runs jobs in this mode: BullMQ when Redis is configured,
 * the in-process runner in the embedded mode. The `jobs` row exists already (JobStore.request).
 */
export abstract class JobRunner {
  abstract add(name: JobName, id: string, data: Record<string, unknown>): Promise<void>;

  /** The BullMQ queues, for Bull Board (none in the embedded mode). */
  abstract boardQueues(): unknown[];
}
