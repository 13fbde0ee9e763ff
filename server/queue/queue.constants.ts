import { createHash } from 'node:crypto';

/**
 * Every queue and job of the product, declared once with its default options. BullMQ runs them in
 * production mode; the embedded mode's in-process runner reads the same attempts and backoff.
 */
export const QUEUES = {
  /** Excel exports and imports: user-facing, short. */
  documents: 'documents',
  /** Re-scoring and reminders: long or scheduled. */
  maintenance: 'maintenance',
  /** The parts of a long job (re-scoring batches), taken by whichever worker process is free. */
  batches: 'batches',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOB_NAMES = ['export', 'import', 'recompute', 'reminders', 'cleanup'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const JOB_STATES = ['waiting', 'active', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobSpec {
  queue: QueueName;
  /** Shown in the console and in messages. */
  label: string;
  attempts: number;
  /** First retry delay (ms); doubles each time (exponential backoff). */
  backoffMs: number;
  /** Asking again for a finished job with the same key runs it again (recompute, reminders,
   *  imports) or answers with the finished one (an export of unchanged documents). */
  rerunWhenCompleted: boolean;
  /** How long BullMQ keeps finished jobs (the `jobs` table keeps the record for good). */
  keepCompletedSeconds: number;
  keepFailedSeconds: number;
}

export const JOBS: Record<JobName, JobSpec> = {
  export: {
    queue: QUEUES.documents,
    label: '导出',
    attempts: 3,
    backoffMs: 2000,
    rerunWhenCompleted: false,
    keepCompletedSeconds: 24 * 3600,
    keepFailedSeconds: 7 * 24 * 3600,
  },
  import: {
    queue: QUEUES.documents,
    label: '导入',
    attempts: 3,
    backoffMs: 2000,
    // Uploading the same file again imports it again (the same drafts, rewritten); a double
    // click while the first upload is still being imported joins it.
    rerunWhenCompleted: true,
    keepCompletedSeconds: 24 * 3600,
    keepFailedSeconds: 7 * 24 * 3600,
  },
  recompute: {
    queue: QUEUES.maintenance,
    label: '重新计算自评得分',
    attempts: 5,
    backoffMs: 5000,
    rerunWhenCompleted: true,
    keepCompletedSeconds: 7 * 24 * 3600,
    keepFailedSeconds: 30 * 24 * 3600,
  },
  reminders: {
    queue: QUEUES.maintenance,
    label: '截止日期提醒',
    attempts: 3,
    backoffMs: 60000,
    rerunWhenCompleted: true,
    keepCompletedSeconds: 7 * 24 * 3600,
    keepFailedSeconds: 30 * 24 * 3600,
  },
  cleanup: {
    queue: QUEUES.maintenance,
    label: '清理过期文件',
    attempts: 3,
    backoffMs: 60000,
    rerunWhenCompleted: true,
    keepCompletedSeconds: 7 * 24 * 3600,
    keepFailedSeconds: 30 * 24 * 3600,
  },
};

/**
 * Batches: parts of a job that any worker process may run (production mode) — so that a long job
 * spreads over every worker — with no row of their own in `jobs`; the job that asked for them
 * reports their progress. They run on the `batches` queue.
 */
export const BATCH_NAMES = ['recompute-batch'] as const;
export type BatchName = (typeof BATCH_NAMES)[number];

export interface BatchSpec {
  attempts: number;
  backoffMs: number;
  /** Long enough for a job that runs again (a retry, a worker that died) to find its batches
   *  done; a batch cleaned up before that runs again, which handlers allow. */
  keepCompletedSeconds: number;
  keepFailedSeconds: number;
}

export const BATCHES: Record<BatchName, BatchSpec> = {
  'recompute-batch': {
    attempts: 5,
    backoffMs: 2000,
    keepCompletedSeconds: 24 * 3600,
    keepFailedSeconds: 7 * 24 * 3600,
  },
};

/** The daily reminders' BullMQ job scheduler. */
export const REMINDER_SCHEDULER_ID = 'daily-reminders';
export const REMINDER_TIMEZONE = 'Asia/Shanghai';

/** The daily cleanup of expired files (FILES_RETENTION_DAYS): at night, Beijing time. */
export const CLEANUP_SCHEDULER_ID = 'daily-files-cleanup';
export const CLEANUP_CRON = '30 3 * * *';

/** Today in Beijing time (the reminders' calendar), `YYYY-MM-DD`. */
export function beijingDate(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

function digest(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}

/** Job ids from the business key: the same request gives the same id, so it runs once. */
export const jobIds = {
  /** `versions` are the documents' versions: an export of changed documents is new work. */
  export: (type: string, ids: number[], userId: number, versions: number[]) =>
    `export-${digest([type, ids, userId, versions])}`,
  import: (type: string, userId: number, fileSha256: string) =>
    `import-${digest([type, userId, fileSha256])}`,
  recompute: (year: number, template: string | null) => `recompute-${year}-${template ?? 'all'}`,
  reminders: (date: string) => `reminders-${date}`,
  cleanup: (date: string) => `cleanup-${date}`,
  /** Batch `index` of one run of job `jobId`: a retried or resumed run asks for the same ids. */
  batch: (jobId: string, run: number, index: number) => `${jobId}-run${run}-${index}`,
};

/** Job ids are the only path parameter of /api/jobs/:id. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9:_-]{1,100}$/;
