import { execFileSync } from 'node:child_process';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { mysqlUrl, testConfig } from '../support/env';
import { finished } from '../support/jobs';
import { recreateDatabase } from '../support/mysql';
import { waitUntil } from '../support/process';

const ping = () => {
  try {
    return (
      execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], {
        encoding: 'utf8',
      }).trim() === 'PONG'
    );
  } catch {
    return false;
  }
};

/** Starts the local Redis the way tests/run.sh does. */
const startRedis = () =>
  execFileSync('redis-server', [
    '--daemonize',
    'yes',
    '--bind',
    '127.0.0.1',
    '--port',
    '6379',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);

/**
 * Redis stopped under the running API: reads and writes that do not need the queue go on, the
 * endpoints that need it answer 503 quickly, and when Redis returns the workers resume without a
 * restart and the job completes once.
 */
describe('Redis outage', () => {
  let t: TestApp;
  let unit: Api;

  beforeAll(async () => {
    await recreateDatabase('bp_test_redis');
    t = await startApp(
      testConfig({ DATABASE_URL: mysqlUrl('bp_test_redis'), QUEUE_PREFIX: 'bp-redis-fault' }),
    );
    unit = await new Api(t.url).login('unit');
  });
  afterAll(async () => {
    if (!ping()) startRedis();
    await waitUntil(async () => ping(), 30_000, 'Redis to come back');
    await t?.close();
  });

  it('keeps serving what does not need the queue, refuses jobs quickly, and recovers by itself', async () => {
    const [project] = (
      await unit.get<{ id: number; version: number; name: string }[]>(
        `/api/projects${listQuery({ filter: { code: 'XGSCB2023-01' } })}`,
      )
    ).body;
    const evaluations = (
      await unit.get<{ id: number }[]>(`/api/evaluations${listQuery({ range: [0, 1] })}`)
    ).body.map((e) => e.id);
    execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave']);
    await waitUntil(async () => !ping(), 10_000, 'Redis to stop');

    expect((await unit.get('/api/projects')).status).toBe(200);
    expect((await unit.get(`/api/evaluations/${evaluations[0]}`)).status).toBe(200);
    const started = Date.now();
    const refused = await unit.post<{ code: string; message: string }>('/api/exports', {
      type: 'evaluations',
      ids: evaluations,
    });
    expect(refused.status).toBe(503);
    expect(refused.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(Date.now() - started).toBeLessThan(5_000);
    const health = await unit.get<{ redis: string }>('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.redis).toBe('down');

    startRedis();
    await waitUntil(async () => ping(), 30_000, 'Redis to come back');
    let jobId = '';
    await waitUntil(
      async () => {
        const res = await unit.post<{ jobId: string }>('/api/exports', {
          type: 'evaluations',
          ids: evaluations,
        });
        jobId = res.body.jobId;
        return res.status === 202;
      },
      20_000,
      'the export to be accepted again',
    );
    const job = await finished(unit, jobId, 30_000);
    expect(job).toMatchObject({ state: 'completed', attempts: 1 });
    expect(project.name).toBeTruthy();
  });
});
