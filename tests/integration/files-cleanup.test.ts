import { Queue } from 'bullmq';
import Redis from 'ioredis';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilesCleanupJob } from '../../server/modules/jobs/files-cleanup.job';
import { JobContext } from '../../server/queue/job-handler';
import {
  CLEANUP_CRON,
  CLEANUP_SCHEDULER_ID,
  QUEUES,
  REMINDER_TIMEZONE,
} from '../../server/queue/queue.constants';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { mysqlUrl, REDIS_URL, testConfig } from '../support/env';
import { download, dropQueueKeys, exportFile, finished, migratedDatabase } from '../support/jobs';

const PREFIX = 'bp-cleanup';
const DAY_MS = 24 * 3600 * 1000;

/** Sets a file's modification time `days` days back. */
const age = (path: string, days: number) => {
  const then = new Date(Date.now() - days * DAY_MS);
  utimesSync(path, then, then);
};

/** The daily cleanup of FILES_DIR: expired exports and stray uploads go, the rest stays. */
describe('files cleanup', () => {
  const files = mkdtempSync(join(tmpdir(), 'bp-cleanup-'));
  let t: TestApp;
  let unit: Api;

  const cleanup = (): Promise<{ message: string; result?: Record<string, unknown> }> => {
    const ctx: JobContext = {
      id: 'cleanup-test',
      name: 'cleanup',
      data: {},
      attempt: 1,
      progress: async () => undefined,
      batches: async () => [],
    };
    return t.app.get(FilesCleanupJob).run(ctx);
  };

  beforeAll(async () => {
    await dropQueueKeys(PREFIX);
    await migratedDatabase('bp_test_cleanup');
    t = await startApp(
      testConfig({
        DATABASE_URL: mysqlUrl('bp_test_cleanup'),
        FILES_DIR: files,
        FILES_RETENTION_DAYS: '7',
        QUEUE_PREFIX: PREFIX,
      }),
    );
    unit = await new Api(t.url).login('unit');
  });
  afterAll(async () => {
    await t?.close();
    await dropQueueKeys(PREFIX);
    rmSync(files, { recursive: true, force: true });
  });

  it('removes files older than FILES_RETENTION_DAYS; an expired export runs again when asked', async () => {
    const evaluations = await unit.get<{ id: number }[]>(
      `/api/evaluations${listQuery({ sort: ['id', 'ASC'], range: [0, 1] })}`,
    );
    const ids = evaluations.body.map((e) => e.id);
    const { job } = await exportFile(unit, 'evaluations', ids);
    const exported = readdirSync(join(files, 'exports')).filter((f) => f.startsWith(job.id));
    expect(exported).toHaveLength(1);
    const old = join(files, 'exports', exported[0]);
    age(old, 8);
    const fresh = join(files, 'exports', 'fresh.xlsx');
    writeFileSync(fresh, 'kept');
    age(fresh, 6);
    mkdirSync(join(files, 'uploads'), { recursive: true });
    const stray = join(files, 'uploads', 'stray.xlsx');
    writeFileSync(stray, 'left behind');
    age(stray, 30);
    const size = statSync(old).size + statSync(stray).size;

    const first = await cleanup();
    expect(first.result).toEqual({ removed: 2, bytes: size });
    expect(first.message).toMatch(/^已清理 2 个超过 7 天的文件/);
    expect(readdirSync(join(files, 'exports'))).toEqual(['fresh.xlsx']);
    expect(readdirSync(join(files, 'uploads'))).toEqual([]);
    // Idempotent: nothing left to do.
    expect((await cleanup()).result).toEqual({ removed: 0, bytes: 0 });

    const gone = await download(unit, job.id);
    expect(gone.status).toBe(404);
    expect((JSON.parse(gone.body.toString()) as { message: string }).message).toContain(
      '请重新导出',
    );
    const again = await unit.post<{ jobId: string }>('/api/exports', {
      type: 'evaluations',
      ids,
    });
    expect(again.body.jobId).toBe(job.id);
    const rerun = await finished(unit, job.id);
    expect(rerun.state).toBe('completed');
    expect((await download(unit, job.id)).status).toBe(200);
  });

  it('is declared once as a daily BullMQ job scheduler', async () => {
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.maintenance, { connection, prefix: PREFIX });
    try {
      const schedulers = await queue.getJobSchedulers();
      const cleanupSchedulers = schedulers.filter((s) => s.key === CLEANUP_SCHEDULER_ID);
      expect(cleanupSchedulers).toHaveLength(1);
      expect(cleanupSchedulers[0]).toMatchObject({
        name: 'cleanup',
        pattern: CLEANUP_CRON,
        tz: REMINDER_TIMEZONE,
      });
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
