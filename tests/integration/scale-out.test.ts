import { Queue } from 'bullmq';
import Redis from 'ioredis';
import {
  CLEANUP_SCHEDULER_ID,
  QUEUES,
  REMINDER_SCHEDULER_ID,
} from '../../server/queue/queue.constants';
import { Api } from '../support/app';
import { mysqlUrl, REDIS_URL } from '../support/env';
import { dropQueueKeys, exportFile, startWorker, WorkerProcess } from '../support/jobs';
import { recreateDatabase } from '../support/mysql';
import { ServerProcess, startServer } from '../support/process';

const DB = 'bp_test_scale';
const PREFIX = 'bp-scale';

/**
 * Two API processes and two worker processes on one MySQL and one Redis: both APIs start
 * together on an empty database (one migrates, one loads the demo data), a token from one works on
 * the other, the login throttle holds across both, jobs run once whichever API took them, and
 * the daily schedulers that every process declares exist once, with one next run each.
 */
describe('N API processes and M workers', () => {
  const apis: ServerProcess[] = [];
  const workers: WorkerProcess[] = [];
  const env = {
    DATABASE_URL: mysqlUrl(DB),
    REDIS_URL,
    JWT_SECRET: 'scale-test-secret-scale-test-secret-0123456789',
    DEMO_DATA: 'true',
    WORKERS: 'false',
    QUEUE_PREFIX: PREFIX,
    FILES_DIR: '/tmp/bp-scale-files',
  };

  beforeAll(async () => {
    await recreateDatabase(DB);
    await dropQueueKeys(PREFIX);
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys('login-fail:*');
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    apis.push(...(await Promise.all([startServer(env, 'source'), startServer(env, 'source')])));
    workers.push(...(await Promise.all([startWorker(env), startWorker(env)])));
  });
  afterAll(async () => {
    await Promise.all([...apis.map((a) => a.stop()), ...workers.map((w) => w.stop())]);
  });

  it('starts two APIs at once on an empty database without duplicating anything', async () => {
    const admin = await new Api(apis[0].url).login('admin');
    expect((await admin.get('/api/orgs')).headers.get('content-range')).toBe('orgs 0-11/12');
    expect((await admin.get('/api/users')).headers.get('content-range')).toBe('users 0-6/7');
    expect((await admin.get('/api/evaluations')).headers.get('content-range')).toMatch(/\/10$/);
  });

  it('accepts a token issued by one API on the other (stateless JWT)', async () => {
    const unit = await new Api(apis[0].url).login('unit');
    const other = new Api(apis[1].url, unit.token);
    const me = await other.get<{ username: string }>('/api/auth/me');
    expect(me.body.username).toBe('unit');
  });

  it('counts failed logins across processes (the 11th is refused wherever it lands)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const api = new Api(apis[i % 2].url);
      statuses.push(
        (await api.post('/api/auth/login', { username: 'scale-probe', password: `bad-${i}` }))
          .status,
      );
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
  });

  it('runs each job once with two workers, whichever API enqueued it', async () => {
    const [a, b] = await Promise.all(apis.map((s) => new Api(s.url).login('unit')));
    const list = await a.get<{ id: number }[]>('/api/evaluations');
    const ids = list.body.slice(0, 3).map((e) => e.id);
    const [first, second] = await Promise.all([
      exportFile(a, 'evaluations', ids),
      exportFile(b, 'evaluations', ids),
    ]);
    expect(first.job.id).toBe(second.job.id);
    expect(first.job.attempts).toBe(1);
    expect(first.file.equals(second.file)).toBe(true);
  });

  it('declares each daily scheduler once, with one next run, though all four processes declare it', async () => {
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.maintenance, { connection, prefix: PREFIX });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual(
        [CLEANUP_SCHEDULER_ID, REMINDER_SCHEDULER_ID].sort(),
      );
      const next = (await queue.getDelayed()).map((j) => j.name).sort();
      expect(next).toEqual(['cleanup', 'reminders']);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
