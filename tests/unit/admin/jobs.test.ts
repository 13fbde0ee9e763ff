import type { JobState, JobView } from '../../../admin/common/jobTypes';
import {
  ACTIVE_POLL_MS,
  hasFile,
  IDLE_POLL_MS,
  importProblems,
  listRefetchInterval,
  newlyFinished,
  progressPercent,
  releasedJobs,
  statesOf,
  watchDelay,
} from '../../../admin/resources/jobs/model';
import {
  notificationTarget,
  unreadIds,
  type NotificationRecord,
} from '../../../admin/resources/notifications/links';

const job = (id: string, state: JobState, extra: Partial<JobView> = {}): JobView => ({
  id,
  type: 'export',
  state,
  progress: 0,
  message: null,
  result: null,
  ...extra,
});

describe('the 后台任务 list', () => {
  it('refreshes every second while a row is waiting or running, and stops when all are done', () => {
    expect(listRefetchInterval([job('a', 'completed'), job('b', 'active')])).toBe(ACTIVE_POLL_MS);
    expect(listRefetchInterval([job('a', 'waiting')])).toBe(ACTIVE_POLL_MS);
    expect(listRefetchInterval([job('a', 'completed'), job('b', 'failed')])).toBe(false);
    expect(listRefetchInterval([])).toBe(false);
    expect(listRefetchInterval(undefined)).toBe(false);
  });

  it('shows a whole percentage between 0 and 100, and 100 once completed', () => {
    expect(progressPercent(job('a', 'active', { progress: 42.6 }))).toBe(43);
    expect(progressPercent(job('a', 'active', { progress: 140 }))).toBe(100);
    expect(progressPercent(job('a', 'active', { progress: -3 }))).toBe(0);
    expect(progressPercent(job('a', 'waiting', { progress: Number.NaN }))).toBe(0);
    expect(progressPercent(job('a', 'completed', { progress: 95 }))).toBe(100);
  });

  it('offers 下载 only for a completed job with a file', () => {
    const file = { url: '/api/jobs/a/file', filename: '项目单位自评表（100 份）.xlsx' };
    expect(hasFile(job('a', 'completed', { result: file }))).toBe(true);
    expect(hasFile(job('a', 'completed', { result: { count: 3 } }))).toBe(false);
    expect(hasFile(job('a', 'active', { result: file }))).toBe(false);
    expect(hasFile(job('a', 'failed', { result: null }))).toBe(false);
  });

  it('locates the first problems of a refused import by sheet, row and column', () => {
    const refused = job('i', 'failed', {
      type: 'import',
      result: {
        errors: [
          { sheet: '表1', row: 1, column: 'A', message: '不是项目（政策）绩效目标表' },
          { sheet: '表2', row: 7, column: null, message: '缺少三级指标' },
          { sheet: '', row: null, column: null, message: '文件为空' },
          { sheet: '表3', row: 9, column: 'F', message: '分值不是数字' },
        ],
      },
    });
    expect(importProblems(refused)).toEqual([
      '「表1」第 1 行 A 列：不是项目（政策）绩效目标表',
      '「表2」第 7 行：缺少三级指标',
      '文件为空',
    ]);
    expect(importProblems(refused, 10)).toHaveLength(4);
    expect(importProblems(job('a', 'failed'))).toEqual([]);
  });
});

describe('the jobs watcher of the app bar', () => {
  it('reports the jobs that ended since the last look, not those that had ended before', () => {
    const first = [job('old', 'completed'), job('run', 'active'), job('queued', 'waiting')];
    const before = statesOf(first);
    const now = [job('old', 'completed'), job('run', 'completed'), job('queued', 'failed')];
    expect(newlyFinished(before, now).map((j) => j.id)).toEqual(['run', 'queued']);
    // Nothing new at the next look.
    expect(newlyFinished(statesOf(now), now)).toEqual([]);
  });

  it('counts a job started in this tab as unfinished until it has been seen to end', () => {
    // The export finished before the watcher ever saw it running.
    const now = [job('fast', 'completed'), job('other', 'completed')];
    expect(newlyFinished(new Map(), now, new Set(['fast'])).map((j) => j.id)).toEqual(['fast']);
    expect(newlyFinished(new Map(), now)).toEqual([]);
  });

  it('looks every second while a job runs or one started here is not seen yet, else every 20 s', () => {
    expect(watchDelay([job('a', 'completed')], new Set())).toBe(IDLE_POLL_MS);
    expect(watchDelay([job('a', 'active')], new Set())).toBe(ACTIVE_POLL_MS);
    expect(watchDelay([job('a', 'completed')], new Set(['b']))).toBe(ACTIVE_POLL_MS);
    expect(watchDelay([job('b', 'completed')], new Set(['b']))).toBe(IDLE_POLL_MS);
    expect(watchDelay([job('b', 'waiting')], new Set(['b']))).toBe(ACTIVE_POLL_MS);
  });

  it('tells a job that ended while a dialog waited for it once that dialog has given up', () => {
    const held = new Map([
      ['given-up', job('given-up', 'completed')],
      ['still-waited', job('still-waited', 'failed')],
    ]);
    const claimed = new Set(['still-waited']);
    const isClaimed = (id: string) => claimed.has(id);
    expect(releasedJobs(held, isClaimed).map((j) => j.id)).toEqual(['given-up']);
    expect([...held.keys()]).toEqual(['still-waited']);
    // Told once: nothing the next time.
    expect(releasedJobs(held, isClaimed)).toEqual([]);
    claimed.clear();
    expect(releasedJobs(held, isClaimed).map((j) => j.id)).toEqual(['still-waited']);
    expect(held.size).toBe(0);
  });
});

describe('where a notification leads', () => {
  const note = (n: Partial<NotificationRecord>) =>
    ({ kind: 'deadline', resource: null, resourceId: null, jobId: null, ...n }) as Pick<
      NotificationRecord,
      'kind' | 'resource' | 'resourceId' | 'jobId'
    >;

  it('downloads a ready file and opens the jobs list for other job news', () => {
    expect(
      notificationTarget(note({ kind: 'file-ready', resource: 'jobs', jobId: 'export-1' })),
    ).toEqual({
      kind: 'download',
      jobId: 'export-1',
      path: '/jobs',
    });
    expect(
      notificationTarget(note({ kind: 'job-failed', resource: 'jobs', jobId: 'import-1' })),
    ).toEqual({
      kind: 'page',
      path: '/jobs',
    });
  });

  it('opens the document a reminder names; a missing 整体绩效目标表 is created from its list', () => {
    expect(notificationTarget(note({ resource: 'targets', resourceId: 12 }))).toEqual({
      kind: 'page',
      path: '/targets/12/show',
    });
    expect(notificationTarget(note({ resource: 'projects', resourceId: 3 }))?.kind).toBe('page');
    expect(notificationTarget(note({ resource: 'orgs', resourceId: 7 }))).toEqual({
      kind: 'page',
      path: '/unit-targets',
    });
    expect(notificationTarget(note({ resource: 'audit-logs', resourceId: 1 }))).toBeNull();
    expect(notificationTarget(note({}))).toBeNull();
  });

  it('marks only the unread ones', () => {
    expect(
      unreadIds([
        { id: 1, read: false },
        { id: 2, read: true },
        { id: 3, read: false },
      ]),
    ).toEqual([1, 3]);
  });
});
