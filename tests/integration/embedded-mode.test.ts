import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from '../support/app';
import { ServerProcess, startServer } from '../support/process';

/** The zero-configuration path of `npm start`: SQLite under DATA_DIR, demo data, no Redis. */
describe('embedded mode (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-embedded-'));
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir }, 'source');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('creates its SQLite database and secret under DATA_DIR and reports no Redis', async () => {
    expect(readdirSync(dataDir)).toEqual(expect.arrayContaining(['budget.sqlite', 'jwt-secret']));
    const health = await new Api(server.url).get('/api/health');
    expect(health.body).toEqual({ status: 'ok', database: 'ok', redis: 'not_configured' });
  });

  it('loads the demo accounts and scopes them like production', async () => {
    const unit = await new Api(server.url).login('unit');
    const orgs = await unit.get<{ code: string }[]>('/api/orgs');
    expect(orgs.body.map((o) => o.code)).toEqual(['XG-SCB-001']);
    const admin = await new Api(server.url).login('admin');
    expect((await admin.get('/api/orgs')).headers.get('content-range')).toBe('orgs 0-11/12');
  });

  it('does not duplicate the demo data on restart', async () => {
    await server.stop();
    server = await startServer({ DATA_DIR: dataDir }, 'source');
    const admin = await new Api(server.url).login('admin');
    expect((await admin.get('/api/orgs')).headers.get('content-range')).toBe('orgs 0-11/12');
    expect((await admin.get('/api/users')).headers.get('content-range')).toBe('users 0-6/7');
  });
});
