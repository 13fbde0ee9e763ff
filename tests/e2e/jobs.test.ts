import { Queue } from 'bullmq';
import mysql from 'mysql2/promise';
import { spawn } from 'node:child_process';
import Redis from 'ioredis';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BATCH } from '../../server/modules/evaluations/jobs/recompute.job';
import { QUEUES } from '../../server/queue/queue.constants';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { REDIS_URL, testConfig } from '../support/env';
import {
  dropQueueKeys,
  finished,
  JobBody,
  migratedDatabase,
  startWorker,
  WorkerProcess,
} from '../support/jobs';
import { freePort, waitUntil } from '../support/process';
import { connectTest } from '../support/mysql';

/**
 * BullMQ with worker processes (`server/main.ts --worker`), on a database of its own: a worker
 * killed with SIGKILL mid-job, several workers sharing the queues and one recompute's batches, the
 * same job asked for twice.
 * The API runs no workers here (WORKERS=false). Locks are short so a dead worker's job comes back
 * within seconds.
 */
const DB = 'bp_test_jobs';
const YEAR = 2031;
const COPIES = 40; // × the 10 seed-002 evaluations
const files = mkdtempSync(join(tmpdir(), 'bp-jobs-'));
const prefix = `bpw${process.pid}`;

let url: string;
let t: TestApp;
let conn: mysql.Connection;
let admin: Api;
let unit: Api;
const workers: WorkerProcess[] = [];

function workerEnv(): Record<string, string> {
  return {
    DATABASE_URL: url,
    REDIS_URL,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    QUEUE_PREFIX: prefix,
    FILES_DIR: files,
    JOB_LOCK_MS: '2000',
    JOB_STALLED_MS: '1000',
  };
}

async function worker(extra: Record<string, string> = {}): Promise<WorkerProcess> {
  const w = await startWorker({ ...workerEnv(), ...extra });
  workers.push(w);
  return w;
}

const query = async <T extends mysql.RowDataPacket>(sql: string, params: unknown[] = []) =>
  (await conn.query<T[]>(sql, params))[0];

/** COPIES copies of each seed-002 evaluation in YEAR, with a stale stored total (as if a
 *  template had changed since they were scored). */
async function staleCopies(): Promise<Map<number, string>> {
  const columns = (await query<mysql.RowDataPacket>('SHOW COLUMNS FROM evaluations'))
    .map((c) => String(c.Field))
    .filter((c) => !['id', 'createdAt', 'updatedAt'].includes(c));
  const rowColumns = (await query<mysql.RowDataPacket>('SHOW COLUMNS FROM evaluation_indicators'))
    .map((c) => String(c.Field))
    .filter((c) => !['id', 'evaluationId'].includes(c));
  const sources = await query<mysql.RowDataPacket>(
    'SELECT id, total FROM evaluations WHERE year = 2023 ORDER BY id',
  );
  const expected = new Map<number, string>();
  const list = columns.map((c) => `\`${c}\``).join(', ');
  const rl = rowColumns.map((c) => `\`${c}\``).join(', ');
  for (let k = 0; k < COPIES; k += 1) {
    for (const s of sources) {
      const params: unknown[] = [];
      const select = columns
        .map((c) => {
          if (c === 'year') return params.push(YEAR) && '?';
          if (c === 'title') return params.push(` #${k}`) && 'CONCAT(title, ?)';
          return c === 'total' ? "'0.00'" : `\`${c}\``;
        })
        .join(', ');
      const [res] = await conn.query<mysql.ResultSetHeader>(
        `INSERT INTO evaluations (${list}) SELECT ${select} FROM evaluations WHERE id = ?`,
        [...params, s.id],
      );
      await conn.query(
        `INSERT INTO evaluation_indicators (evaluationId, ${rl}) SELECT ?, ${rl} FROM evaluation_indicators WHERE evaluationId = ?`,
        [res.insertId, s.id],
      );
      expected.set(res.insertId, String(s.total));
    }
  }
  return expected;
}

beforeAll(async () => {
  url = await migratedDatabase(DB);
  t = await startApp(
    testConfig({ DATABASE_URL: url, QUEUE_PREFIX: prefix, FILES_DIR: files, WORKERS: 'false' }),
  );
  const anon = new Api(t.url);
  [admin, unit] = await Promise.all([anon.login('admin'), anon.login('unit')]);
  conn = await connectTest(DB);
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await conn?.end();
  await t?.close();
  await dropQueueKeys(prefix);
  rmSync(files, { recursive: true, force: true });
});

describe('background jobs on BullMQ with worker processes', () => {
  it('runs the same export asked for twice (even at once) one time', async () => {
    const w = await worker();
    const body = { type: 'evaluations', ids: [1, 2, 3] };
    const [a, b] = await Promise.all([
      unit.post<{ jobId: string }>('/api/exports', body),
      unit.post<{ jobId: string }>('/api/exports', body),
    ]);
    expect(a.status).toBe(202);
    expect(b.body.jobId).toBe(a.body.jobId);
    const job = await finished(unit, a.body.jobId);
    expect(job).toMatchObject({ state: 'completed', attempts: 1 });
    const again = await unit.post<{ jobId: string; state: string }>('/api/exports', body);
    expect(again.body).toEqual({ jobId: a.body.jobId, state: 'completed' });
    expect((await unit.get<JobBody>(`/api/jobs/${a.body.jobId}`)).body.attempts).toBe(1);
    expect(
      readdirSync(join(files, 'exports')).filter((f) => f.startsWith(a.body.jobId)),
    ).toHaveLength(1);
    await w.stop();
    workers.splice(workers.indexOf(w), 1);
  });

  it('finishes a recompute whose worker was killed (SIGKILL) half way, each evaluation changed once', async () => {
    const expected = await staleCopies();
    const ids = [...expected.keys()];
    const w1 = await worker();
    const started = await admin.post<{ jobId: string }>('/api/jobs/recompute', { year: YEAR });
    expect(started.body.jobId).toBe(`recompute-${YEAR}-all`);
    const audited = async () =>
      Number(
        (
          await query<mysql.RowDataPacket>(
            "SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'recompute'",
          )
        )[0].n,
      );
    // Kill the worker once a tenth of the evaluations are re-scored (polled every few ms).
    const deadline = Date.now() + 30_000;
    while ((await audited()) < ids.length / 10) {
      if (Date.now() > deadline) throw new Error('the recompute did not start');
      await new Promise((r) => setTimeout(r, 5));
    }
    await w1.kill();
    const atKill = await audited();
    const interrupted = (await admin.get<JobBody>(`/api/jobs/${started.body.jobId}`)).body;
    expect(interrupted.state).toBe('active');
    expect(atKill).toBeLessThan(ids.length / 2); // it really was cut short

    await worker(); // its stalled-job check hands the job over once the dead worker's lock expires
    const job = await finished(admin, started.body.jobId, 60_000);
    expect(job.state).toBe('completed');
    expect(job.attempts).toBeGreaterThanOrEqual(2);
    expect(job.result).toMatchObject({ year: YEAR, total: ids.length });

    const totals = await query<mysql.RowDataPacket>(
      `SELECT id, total FROM evaluations WHERE year = ? ORDER BY id`,
      [YEAR],
    );
    expect(Object.fromEntries(totals.map((r) => [r.id, String(r.total)]))).toEqual(
      Object.fromEntries(expected),
    );
    const audit = await query<mysql.RowDataPacket>(
      "SELECT resourceId, COUNT(*) AS n FROM audit_logs WHERE action = 'recompute' GROUP BY resourceId",
    );
    expect(audit).toHaveLength(ids.length);
    expect(audit.every((r) => Number(r.n) === 1)).toBe(true);
    const sample = await query<mysql.RowDataPacket>(
      "SELECT `before`, `after` FROM audit_logs WHERE action = 'recompute' AND resourceId = ?",
      [String(ids[0])],
    );
    expect(sample[0]).toMatchObject({ before: expect.objectContaining({ total: '0.00' }) });
    expect((sample[0].after as { total: string }).total).toBe(expected.get(ids[0]));

    // Asked again: it runs again, finds nothing to change, audits nothing.
    const rerun = await admin.post<{ jobId: string }>('/api/jobs/recompute', { year: YEAR });
    const second = await finished(admin, rerun.body.jobId, 60_000);
    expect(second.result).toMatchObject({ changed: 0, unchanged: ids.length });
    expect(await audited()).toBe(ids.length);
  }, 120_000);

  it('refuses to start on a Redis that may evict queued jobs (maxmemory-policy not noeviction)', async () => {
    const port = await freePort();
    const redis = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'allkeys-lru',
      ],
      { stdio: 'ignore' },
    );
    try {
      await waitUntil(
        async () => {
          const client = new Redis(`redis://127.0.0.1:${port}`, {
            lazyConnect: true,
            maxRetriesPerRequest: 0,
          });
          try {
            await client.connect();
            return (await client.ping()) === 'PONG';
          } finally {
            client.disconnect();
          }
        },
        10_000,
        'a private redis-server to start',
      );
      const failed = await startWorker({
        ...workerEnv(),
        REDIS_URL: `redis://127.0.0.1:${port}/0`,
      }).then(
        () => null,
        (e: Error) => e.message,
      );
      expect(failed).toContain('worker exited');
      expect(failed).toContain('maxmemory-policy is "allkeys-lru"');
      expect(failed).toContain('noeviction');
    } finally {
      redis.kill('SIGTERM');
    }
  }, 60_000);

  it('with two worker processes, runs every job exactly once', async () => {
    await worker(); // one from the previous test is still running
    expect(
      workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null),
    ).toHaveLength(2);
    const list = await unit.get<{ id: number }[]>(
      `/api/evaluations${listQuery({ filter: { year: 2023 } })}`,
    );
    const ids = list.body.map((e) => e.id);
    const requests = [
      ...ids.map((id) => ({ type: 'evaluations', ids: [id] })),
      ...ids.map((id) => ({ type: 'evaluations-csv', ids: [id] })),
      { type: 'evaluations-summary', ids },
    ];
    const jobs = await Promise.all(
      requests.map((body) => unit.post<{ jobId: string }>('/api/exports', body)),
    );
    expect(new Set(jobs.map((j) => j.body.jobId)).size).toBe(requests.length);
    const done = await Promise.all(jobs.map((j) => finished(unit, j.body.jobId, 60_000)));
    expect(done.map((j) => [j.state, j.attempts])).toEqual(requests.map(() => ['completed', 1]));
  }, 120_000);

  it('shares one recompute among two worker processes, batch by batch', async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    // One batch at a time each: while one process holds a batch, the next goes to the other.
    await Promise.all([worker({ WORKER_CONCURRENCY: '1' }), worker({ WORKER_CONCURRENCY: '1' })]);
    const ids = (
      await query<mysql.RowDataPacket>('SELECT id FROM evaluations WHERE year = ? ORDER BY id', [
        YEAR,
      ])
    ).map((r) => Number(r.id));
    expect(ids.length).toBeGreaterThan(BATCH); // more than one batch
    await conn.query("UPDATE evaluations SET total = '0.00' WHERE year = ?", [YEAR]);
    const run = await admin.post<{ jobId: string }>('/api/jobs/recompute', { year: YEAR });
    const job = await finished(admin, run.body.jobId, 60_000);
    expect(job).toMatchObject({ state: 'completed', attempts: 1, progress: 100 });
    expect(job.result).toMatchObject({ total: ids.length, changed: ids.length, unchanged: 0 });
    const stale = await query<mysql.RowDataPacket>(
      "SELECT COUNT(*) AS n FROM evaluations WHERE year = ? AND total = '0.00'",
      [YEAR],
    );
    expect(Number(stale[0].n)).toBe(0);
    const audit = await query<mysql.RowDataPacket>(
      "SELECT resourceId, COUNT(*) AS n FROM audit_logs WHERE action = 'recompute' AND resource = 'evaluations' GROUP BY resourceId",
    );
    expect(audit).toHaveLength(ids.length);
    expect(audit.every((r) => Number(r.n) === 2)).toBe(true); // the first test's run and this one

    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.batches, { connection, prefix });
    try {
      const mine = (await queue.getJobs(['completed'])).filter((b) =>
        b.id?.startsWith(`${run.body.jobId}-run`),
      );
      const runOf = (id = '') => id.slice(0, id.lastIndexOf('-'));
      const latest = mine
        .map((b) => runOf(b.id))
        .sort()
        .pop();
      const batches = mine.filter((b) => runOf(b.id) === latest);
      expect(batches).toHaveLength(Math.ceil(ids.length / BATCH));
      expect(batches.reduce((n, b) => n + (b.returnvalue as { total: number }).total, 0)).toBe(
        ids.length,
      );
      expect(new Set(batches.map((b) => b.processedBy)).size).toBe(2);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  }, 120_000);
});
