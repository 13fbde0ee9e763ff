import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Api, startApp, TestApp } from '../support/app';
import { waitUntil } from '../support/process';

const PID_FILE = '/run/mysqld/mysqld.pid';

/** Starts the local MariaDB the way tests/run.sh does (checked by its pid file). */
const start = () =>
  execFileSync('start-stop-daemon', [
    '--start',
    '--oknodo',
    '--background',
    '--pidfile',
    PID_FILE,
    '--exec',
    '/usr/sbin/mariadbd',
  ]);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const ping = () => {
  try {
    execFileSync('mysqladmin', ['-h127.0.0.1', '-uroot', 'ping'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * MariaDB restarted under the running API: requests fail fast with 503 (no hang, no 500), and
 * the API recovers by itself once the database is back, without a process restart. Restarts the
 * local server the way tests/run.sh starts it.
 */
describe('database restart', () => {
  let t: TestApp;
  let unit: Api;

  beforeAll(async () => {
    t = await startApp();
    unit = await new Api(t.url).login('unit');
  });
  afterAll(async () => {
    if (!ping()) start();
    await waitUntil(async () => ping(), 60_000, 'MariaDB to come back');
    await t?.close();
  });

  it('answers 503 quickly while MariaDB is down and recovers when it returns', async () => {
    expect((await unit.get('/api/projects')).status).toBe(200);
    const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
    execFileSync('mysqladmin', ['-h127.0.0.1', '-uroot', 'shutdown']);
    await waitUntil(async () => !ping() && !alive(pid), 60_000, 'MariaDB to stop');

    for (let i = 0; i < 3; i += 1) {
      const started = Date.now();
      const res = await unit.get<{ code: string; message: string }>('/api/projects');
      expect(res.status).toBe(503);
      expect(res.body.message).toContain('数据库');
      expect(Date.now() - started).toBeLessThan(6_000);
    }
    const health = await unit.get<{ database: string }>('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.database).toBe('down');

    start();
    await waitUntil(async () => ping(), 60_000, 'MariaDB to come back');
    const back = Date.now();
    await waitUntil(
      async () => (await unit.get('/api/projects')).status === 200,
      15_000,
      'the API to recover',
    );
    expect(Date.now() - back).toBeLessThan(15_000);
    expect((await unit.get<{ database: string }>('/api/health')).body.database).toBe('ok');
  });
});
