import type { JobState, JobView } from '../../common/jobTypes';

/**
 * The rules of the 后台任务 screen and of the app bar's jobs watcher, as plain functions (tested
 * in tests/unit/admin/jobs.test.ts): no React, no react-admin.
 */

export const JOB_TYPES = ['export', 'import', 'recompute', 'reminders', 'cleanup'] as const;
export const JOB_STATES: readonly JobState[] = ['waiting', 'active', 'completed', 'failed'];

/** While any job is unfinished the list refreshes every second; otherwise it stays still. */
export const ACTIVE_POLL_MS = 1000;
/** The watcher's pace when none of the user's jobs is running (the bell polls at this pace too). */
export const IDLE_POLL_MS = 20_000;

export const isUnfinished = (job: Pick<JobView, 'state'>): boolean =>
  job.state === 'waiting' || job.state === 'active';

/** A completed job with a file to download (an export). */
export const hasFile = (job: Pick<JobView, 'state' | 'result'>): boolean =>
  job.state === 'completed' && typeof job.result?.url === 'string';

/** The list's refresh interval for the rows it shows: every second while one is unfinished. */
export const listRefetchInterval = (rows: readonly Pick<JobView, 'state'>[] | undefined) =>
  rows?.some(isUnfinished) ? ACTIVE_POLL_MS : false;

/** The watcher's next look: soon while a job of the user runs (or was just started here). */
export function watchDelay(
  jobs: readonly Pick<JobView, 'id' | 'state'>[],
  pending: ReadonlySet<string>,
): number {
  const seen = new Map(jobs.map((j) => [j.id, j.state]));
  const waiting = [...pending].some((id) => {
    const state = seen.get(id);
    return state === undefined || state === 'waiting' || state === 'active';
  });
  return waiting || jobs.some(isUnfinished) ? ACTIVE_POLL_MS : IDLE_POLL_MS;
}

/**
 * The jobs that ended since the last look: unfinished then (or started in this tab and not seen
 * yet), completed or failed now. A job that had already ended when first seen is old news.
 */
export function newlyFinished<J extends Pick<JobView, 'id' | 'state'>>(
  before: ReadonlyMap<string, JobState>,
  now: readonly J[],
  startedHere: ReadonlySet<string> = new Set(),
): J[] {
  return now.filter((job) => {
    if (isUnfinished(job)) return false;
    const was = before.get(job.id) ?? (startedHere.has(job.id) ? 'waiting' : undefined);
    return was === 'waiting' || was === 'active';
  });
}

/**
 * The jobs of `held` (ended while a button waited for them) that no button claims any more: taken
 * out of `held`, to be told by the watcher.
 */
export function releasedJobs<J extends Pick<JobView, 'id'>>(
  held: Map<string, J>,
  isClaimed: (id: string) => boolean,
): J[] {
  const freed = [...held.values()].filter((j) => !isClaimed(j.id));
  for (const j of freed) held.delete(j.id);
  return freed;
}

/** The states to compare with at the next look. */
export const statesOf = (jobs: readonly Pick<JobView, 'id' | 'state'>[]) =>
  new Map<string, JobState>(jobs.map((j) => [j.id, j.state]));

/** The progress a row shows: 0–100, a whole number (the server may report anything). */
export function progressPercent(job: Pick<JobView, 'state' | 'progress'>): number {
  if (job.state === 'completed') return 100;
  const value = Number(job.progress);
  if (!Number.isFinite(value)) return 0;
  return Math.max(0, Math.min(100, Math.round(value)));
}

/** Problems of a refused import, located: 「表1」第 3 行 C 列：… */
export function importProblems(job: Pick<JobView, 'result'>, max = 3): string[] {
  const errors = job.result?.errors ?? [];
  return errors.slice(0, max).map((e) => {
    const where = [
      e.sheet ? `「${e.sheet}」` : '',
      e.row !== null && e.row !== undefined ? `第 ${e.row} 行` : '',
      e.column ? ` ${e.column} 列` : '',
    ].join('');
    return where ? `${where}：${e.message}` : e.message;
  });
}
