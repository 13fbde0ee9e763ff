import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, listQuery } from '../support/app';
import { listRoutes } from '../support/routes';
import { startApp } from '../support/app';
import { ServerProcess, startServer } from '../support/process';
import { mysqlUrl, testConfig } from '../support/env';
import { recreateDatabase } from '../support/mysql';

interface AuditRow {
  id: number;
  action: string;
  resource: string;
  resourceId: string | null;
  before: unknown;
  after: unknown;
}

/** The audit log: one row per change, append-only, and never a secret in it or in the logs. */
describe('audit log', () => {
  let server: ServerProcess;
  let admin: Api;

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: mkdtempSync(join(tmpdir(), 'bp-audit-')) }, 'source');
    admin = await new Api(server.url).login('admin');
  });
  afterAll(async () => {
    await server?.stop();
  });

  const latest = async () =>
    (
      await admin.get<AuditRow[]>(
        `/api/audit-logs${listQuery({ sort: ['id', 'DESC'], range: [0, 0] })}`,
      )
    ).body[0]?.id ?? 0;
  const since = async (id: number) =>
    (
      await admin.get<AuditRow[]>(
        `/api/audit-logs${listQuery({ sort: ['id', 'ASC'], range: [0, 99] })}`,
      )
    ).body.filter((r) => r.id > id);

  it('records each change once, with the resource, the id and what changed', async () => {
    const unit = await new Api(server.url).login('unit');
    const dept = await new Api(server.url).login('dept');
    const steps: [string, string, () => Promise<{ status: number; body: unknown }>][] = [];
    let projectId = 0;
    let targetId = 0;
    let userId = 0;
    let indicatorId = 0;
    steps.push([
      'users',
      'create',
      async () => {
        const r = await admin.post<{ id: number }>('/api/users', {
          username: 'audited',
          name: '审计',
          role: 'manager',
          orgId: 1,
          password: 'Passw0rd!',
        });
        userId = r.body.id;
        return r;
      },
    ]);
    steps.push([
      'users',
      'update_password',
      async () =>
        admin.put(`/api/users/${userId}`, {
          ...(await admin.get<object>(`/api/users/${userId}`)).body,
          password: 'N3wPassw0rd',
        }),
    ]);
    steps.push(['users', 'delete', async () => admin.delete(`/api/users/${userId}`)]);
    steps.push([
      'indicators',
      'create',
      async () => {
        const r = await admin.post<{ id: number }>('/api/indicators', {
          level1: '产出指标',
          level2: '数量指标',
          name: '审计指标',
          direction: 'positive',
        });
        indicatorId = r.body.id;
        return r;
      },
    ]);
    steps.push([
      'indicators',
      'delete',
      async () => admin.delete(`/api/indicators/${indicatorId}`),
    ]);
    steps.push([
      'projects',
      'create',
      async () => {
        const r = await unit.post<{ id: number }>('/api/projects', {
          year: 2027,
          code: 'AUDIT-1',
          name: '审计项目',
          type: 'specific',
          amountTotal: '1',
          amountFiscal: '1',
          amountSpecial: '0',
          amountOther: '0',
        });
        projectId = r.body.id;
        return r;
      },
    ]);
    steps.push([
      'targets',
      'create',
      async () => {
        const r = await unit.post<{ id: number }>('/api/targets', {
          projectId,
          indicators: [
            { level1: '产出指标', level2: '数量指标', name: '数量', target: '≥1个' },
            { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: '≥90%' },
          ],
        });
        targetId = r.body.id;
        return r;
      },
    ]);
    steps.push(['targets', 'submit', async () => unit.post(`/api/targets/${targetId}/submit`, {})]);
    steps.push([
      'targets',
      'return',
      async () => dept.post(`/api/targets/${targetId}/return`, { comment: '请补充效益指标' }),
    ]);
    for (const [resource, action, call] of steps) {
      const before = await latest();
      const res = await call();
      expect({ resource, action, status: res.status < 300 }).toEqual({
        resource,
        action,
        status: true,
      });
      const rows = await since(before);
      expect(rows.map((r) => `${r.resource}:${r.action}`)).toEqual([`${resource}:${action}`]);
    }
  });

  it('offers no route that changes or deletes an audit row', async () => {
    const t = await (async () => {
      await recreateDatabase('bp_test_audit_routes');
      return startApp(testConfig({ DATABASE_URL: mysqlUrl('bp_test_audit_routes') }));
    })();
    const writes = listRoutes(t.app).filter(
      (r) => r.path.startsWith('/api/audit-logs') && r.method !== 'GET',
    );
    await t.close();
    expect(writes).toEqual([]);
    expect((await admin.request('PUT', '/api/audit-logs/1', '{}')).status).toBe(404);
    expect((await admin.request('DELETE', '/api/audit-logs/1')).status).toBe(404);
  });

  it('never holds a password, a hash or a token, in the audit rows or in the logs', async () => {
    const rows = JSON.stringify(
      (await admin.get<AuditRow[]>(`/api/audit-logs${listQuery({ range: [0, 999] })}`)).body,
    );
    for (const secret of [
      'Passw0rd!',
      'N3wPassw0rd',
      'Demo@2024',
      '$argon2',
      'passwordHash',
      'accessToken',
      admin.token ?? '',
    ]) {
      expect(rows).not.toContain(secret);
      expect(server.output()).not.toContain(secret);
    }
  });
});
