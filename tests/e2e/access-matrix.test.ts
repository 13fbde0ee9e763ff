import mysql from 'mysql2/promise';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { mysqlUrl, testConfig } from '../support/env';
import { connectTest, recreateDatabase } from '../support/mysql';
import { listRoutes } from '../support/routes';

/**
 * The access-control matrix: every route of the running router × every role × an object of the
 * caller's subtree and one outside it, against ONE declared table. A route missing from the
 * table fails the test, so a new route cannot escape it. Denied calls change nothing.
 */
type Role = 'unit' | 'department' | 'finance' | 'manager' | 'admin';
const ROLES: Role[] = ['unit', 'department', 'finance', 'manager', 'admin'];
const ALL = ROLES;
const LOGIN: Record<Role, string> = {
  unit: 'unit',
  department: 'dept',
  finance: 'finance',
  manager: 'manager',
  admin: 'admin',
};

/** Objects that belong to an organisation (scoped) or to the whole installation. */
type Res =
  | 'orgs'
  | 'users'
  | 'projects'
  | 'targets'
  | 'unit-targets'
  | 'monitoring'
  | 'evaluations'
  | 'audit-logs'
  | 'indicators'
  | 'result-rules'
  | 'rectifications'
  | 'jobs'
  | 'notifications'
  | 'deadlines'
  | 'result-applications';

interface Rule {
  roles: Role[] | 'public';
  /** The route's :id is an object of this resource. */
  object?: Res;
  /** A list whose rows must all lie in the caller's subtree. */
  list?: boolean;
}

const crud = (res: Res, read: Role[], write: Role[]): Record<string, Rule> => ({
  [`GET /api/${res}`]: { roles: read, list: true },
  [`GET /api/${res}/:id`]: { roles: read, object: res },
  [`POST /api/${res}`]: { roles: write },
  [`PUT /api/${res}/:id`]: { roles: write, object: res },
  [`DELETE /api/${res}/:id`]: { roles: write, object: res },
});

const review = (res: Res, adjust: boolean): Record<string, Rule> => ({
  [`POST /api/${res}/:id/submit`]: { roles: ['unit'], object: res },
  [`POST /api/${res}/:id/approve`]: { roles: ['department', 'finance'], object: res },
  [`POST /api/${res}/:id/return`]: { roles: ['department', 'finance'], object: res },
  ...(adjust
    ? {
        [`POST /api/${res}/:id/adjust`]: { roles: ['unit'], object: res },
        [`GET /api/${res}/:id/diff`]: { roles: ALL, object: res },
      }
    : {}),
});

const TABLE: Record<string, Rule> = {
  'GET /api/health': { roles: 'public' },
  'GET /api/docs': { roles: 'public' },
  'GET /api/docs/': { roles: 'public' },
  'GET /api/docs/index.html': { roles: 'public' },
  'GET /api/docs/LICENSE': { roles: 'public' },
  'GET /api/docs/swagger-ui-init.js': { roles: 'public' },
  'GET /api/docs/docs/swagger-ui-init.js': { roles: 'public' },
  'GET /api/docs-json': { roles: 'public' },
  'GET /api/docs-yaml': { roles: 'public' },
  'POST /api/auth/login': { roles: 'public' },
  'GET /api/auth/me': { roles: ALL },
  'POST /api/auth/board-session': { roles: ['admin'] },
  'GET /api/audit-logs': { roles: ['admin', 'finance'], list: true },
  'GET /api/audit-logs/:id': { roles: ['admin', 'finance'], object: 'audit-logs' },
  ...crud('orgs', ALL, ['admin']),
  ...crud('users', ALL, ['admin']),
  ...crud('projects', ALL, ['unit', 'admin']),
  ...crud('targets', ALL, ['unit']),
  ...review('targets', true),
  ...crud('unit-targets', ALL, ['unit']),
  ...review('unit-targets', true),
  ...crud('indicators', ALL, ['admin']),
  'GET /api/todos': { roles: ALL },
  'POST /api/scoring/preview': { roles: ALL },
  'GET /api/scoring/templates': { roles: ALL },
  ...crud('monitoring', ALL, ['unit']),
  ...review('monitoring', false),
  ...crud('evaluations', ALL, ['unit']),
  ...review('evaluations', false),
  'POST /api/evaluations/:id/recheck': { roles: ['finance'], object: 'evaluations' },
  'POST /api/evaluations/sample': { roles: ['finance'] },
  'GET /api/dashboard': { roles: ALL },
  'GET /api/rankings': { roles: ALL },
  'GET /api/result-applications': {
    roles: ['department', 'finance', 'manager', 'admin'],
    list: true,
  },
  'GET /api/result-applications/:id': {
    roles: ['department', 'finance', 'manager', 'admin'],
    object: 'result-applications',
  },
  'POST /api/result-applications/generate': { roles: ['finance'] },
  'PUT /api/result-applications/:id': { roles: ['finance'], object: 'result-applications' },
  'GET /api/result-rules': { roles: ['department', 'finance', 'manager', 'admin'] },
  'GET /api/result-rules/:id': {
    roles: ['department', 'finance', 'manager', 'admin'],
    object: 'result-rules',
  },
  'PUT /api/result-rules/:id': { roles: ['finance', 'admin'], object: 'result-rules' },
  'GET /api/rectifications': { roles: ALL, list: true },
  'GET /api/rectifications/:id': { roles: ALL, object: 'rectifications' },
  'POST /api/rectifications': { roles: ['finance'] },
  'PUT /api/rectifications/:id': { roles: ['finance'], object: 'rectifications' },
  'POST /api/rectifications/:id/answer': { roles: ['unit'], object: 'rectifications' },
  'POST /api/rectifications/:id/close': { roles: ['finance'], object: 'rectifications' },
  'POST /api/rectifications/:id/reopen': { roles: ['finance'], object: 'rectifications' },
  'GET /api/jobs': { roles: ALL },
  'GET /api/jobs/:id': { roles: ALL, object: 'jobs' },
  'GET /api/jobs/:id/file': { roles: ALL, object: 'jobs' },
  'POST /api/jobs/recompute': { roles: ['admin'] },
  'POST /api/jobs/reminders': { roles: ['admin'] },
  'POST /api/exports': { roles: ALL },
  'POST /api/imports': { roles: ['unit'] },
  'GET /api/imports/limits': { roles: ['unit'] },
  ...crud('deadlines', ALL, ['admin']),
  'GET /api/notifications': { roles: ALL },
  'GET /api/notifications/:id': { roles: ALL, object: 'notifications' },
  'PUT /api/notifications/:id': { roles: ALL, object: 'notifications' },
};

/** Resources without an organisation: every allowed role reaches every object. */
const UNSCOPED: Res[] = ['indicators', 'deadlines'];
/** Resources owned by a user rather than an organisation. */
const PERSONAL: Res[] = ['jobs', 'notifications'];

const DATABASE = 'bp_test_matrix';
const TABLES = [
  'orgs',
  'users',
  'projects',
  'targets',
  'unit_targets',
  'target_indicators',
  'indicator_library',
  'monitoring_reports',
  'evaluations',
  'evaluation_indicators',
  'workflow_events',
  'audit_logs',
];

let t: TestApp;
const api: Partial<Record<Role | 'luolong' | 'anon', Api>> = {};
const own: Partial<Record<Res, number>> = {};
const other: Partial<Record<Res, number>> = {};
let inside: Set<number>; // org ids of 西工区 (the subtree of every non-admin demo role)

async function counts(): Promise<Record<string, number>> {
  const conn = await connectTest(DATABASE);
  const out: Record<string, number> = {};
  for (const table of TABLES)
    out[table] = Number(
      (
        (
          await conn.query<mysql.RowDataPacket[]>(
            // Sessions (logins, the admin's Bull Board cookie) are audited but change no data.
            `SELECT COUNT(*) AS n FROM \`${table}\`${table === 'audit_logs' ? " WHERE resource <> 'auth'" : ''}`,
          )
        )[0][0] as { n: number }
      ).n,
    );
  await conn.end();
  return out;
}

beforeAll(async () => {
  await recreateDatabase(DATABASE);
  t = await startApp(testConfig({ DATABASE_URL: mysqlUrl(DATABASE) }));
  api.anon = new Api(t.url);
  for (const role of ROLES) api[role] = await api.anon.login(LOGIN[role]);
  api.luolong = await api.anon.login('luolong');
  const admin = api.admin as Api;
  const first = async <T extends { id: number }>(
    who: Api,
    path: string,
    filter: object,
  ): Promise<T> => {
    const res = await who.get<T[]>(
      `${path}${listQuery({ filter, range: [0, 0], sort: ['id', 'ASC'] })}`,
    );
    if (!res.body[0]) throw new Error(`no ${path} for ${JSON.stringify(filter)}`);
    return res.body[0];
  };
  const orgs = (
    await admin.get<{ id: number; code: string; path: string }[]>(
      `/api/orgs${listQuery({ range: [0, 999] })}`,
    )
  ).body;
  const org = (code: string) => orgs.find((o) => o.code === code) as { id: number; path: string };
  const xg = org('410303');
  inside = new Set(orgs.filter((o) => o.path.startsWith(xg.path)).map((o) => o.id));
  own.orgs = org('XG-SCB-001').id;
  other.orgs = org('313001').id;
  own['result-rules'] = xg.id;
  other['result-rules'] = org('410311').id;
  own.users = (await first<{ id: number }>(admin, '/api/users', { q: 'unit' })).id;
  other.users = (await first<{ id: number }>(admin, '/api/users', { q: 'luolong' })).id;
  own.projects = (await first<{ id: number }>(admin, '/api/projects', { code: 'XGSCB2023-01' })).id;
  other.projects = (await first<{ id: number }>(admin, '/api/projects', { code: '313001-1' })).id;
  own.targets = (
    await first<{ id: number }>(admin, '/api/targets', { projectId: own.projects })
  ).id;
  other.targets = (
    await first<{ id: number }>(admin, '/api/targets', { projectId: other.projects })
  ).id;
  own['unit-targets'] = (
    await first<{ id: number }>(admin, '/api/unit-targets', { orgId: own.orgs })
  ).id;
  other['unit-targets'] = (
    await first<{ id: number }>(admin, '/api/unit-targets', { orgId: other.orgs })
  ).id;
  own.evaluations = (
    await first<{ id: number }>(admin, '/api/evaluations', { targetId: own.targets })
  ).id;
  own.monitoring = (
    await (api.unit as Api).post<{ id: number }>('/api/monitoring', {
      targetId: own.targets,
      month: 6,
    })
  ).body.id;
  other.monitoring = (
    await api.luolong.post<{ id: number }>('/api/monitoring', { targetId: other.targets, month: 6 })
  ).body.id;
  other.evaluations = (
    await api.luolong.post<{ id: number }>('/api/evaluations', { targetId: other.targets })
  ).body.id;
  own['audit-logs'] = (
    await first<{ id: number }>(admin, '/api/audit-logs', {
      resource: 'orgs',
      resourceId: String(own.orgs),
    })
  ).id;
  other['audit-logs'] = (
    await first<{ id: number }>(admin, '/api/audit-logs', {
      resource: 'orgs',
      resourceId: String(other.orgs),
    })
  ).id;
  own.indicators = other.indicators = (
    await first<{ id: number }>(admin, '/api/indicators', {})
  ).id;
  own.rectifications = (
    await (api.finance as Api).post<{ id: number }>('/api/rectifications', {
      source: 'evaluations',
      documentId: own.evaluations,
      requirement: '补充佐证材料',
      deadline: '2027-01-31',
    })
  ).body.id;
  for (const [res, id] of Object.entries({ ...own }))
    if (!id) throw new Error(`setup: no own ${res}`);
});
afterAll(async () => {
  await t?.close();
});

const ID_PLACEHOLDER = /:id\b/;

describe('access-control matrix', () => {
  it('declares every route of the router, and only those', () => {
    const routes = listRoutes(t.app).map((r) => `${r.method} ${r.path}`);
    expect(routes.filter((r) => !(r in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it('answers each role as the table says, scoped to the caller’s subtree, and denied calls change nothing', async () => {
    const before = await counts();
    const failures: string[] = [];
    let checked = 0;
    for (const [key, rule] of Object.entries(TABLE)) {
      const [method, path] = key.split(' ');
      if (rule.roles === 'public') continue;
      // Not logged in: always 401.
      const anon = await (api.anon as Api).request(
        method,
        path.replace(ID_PLACEHOLDER, '1'),
        method === 'GET' ? undefined : '{}',
      );
      if (anon.status !== 401) failures.push(`${key} anonymous → ${anon.status}`);
      for (const role of ROLES) {
        const who = api[role] as Api;
        const allowed = rule.roles.includes(role);
        for (const target of ['own', 'other'] as const) {
          if (!rule.object && target === 'other') continue;
          const res = rule.object;
          let id: number | undefined;
          if (res) id = target === 'own' ? own[res] : other[res];
          if (res && PERSONAL.includes(res)) id = 99999999; // someone else's or nobody's: must read as missing
          if (res && id === undefined) continue;
          const scoped = res && !UNSCOPED.includes(res) && role !== 'admin';
          // A call that the guard and the scope let through must not change anything: DELETE and
          // the workflow actions (no body to invalidate) are then probed on a missing object (a
          // 404 proves the guard let them through), writes with an invalid body (400).
          const harmless = target === 'own' || !scoped || !allowed;
          if (harmless && method !== 'GET' && (method === 'DELETE' || /\/:id\/\w+$/.test(path)))
            id = 99999999;
          const url = path.replace(ID_PLACEHOLDER, String(id ?? 99999999));
          const body = method === 'GET' ? undefined : harmless ? '{"__probe__":true}' : '{}';
          const reply = await who.request(method, url, body);
          checked += 1;
          const s = reply.status;
          if (!allowed) {
            if (s !== 403) failures.push(`${key} as ${role} (${target}) → ${s}, expected 403`);
          } else if (target === 'other' && scoped) {
            if (s !== 404 && !(s === 400 && method !== 'GET'))
              failures.push(`${key} as ${role} on an outside object → ${s}, expected 404`);
            if (s === 400 && method !== 'GET') {
              // Validation answered first; the same call with a valid body must still be refused.
              const valid = await who.request(
                method,
                url,
                JSON.stringify({
                  comment: '探测',
                  version: 1,
                  items: [{ section: 'indicators', index: 0, score: '1', reason: '探测' }],
                }),
              );
              if (valid.status !== 404 && valid.status !== 400)
                failures.push(
                  `${key} as ${role} on an outside object with a valid body → ${valid.status}`,
                );
            }
          } else if (
            s === 401 ||
            s === 403 ||
            (s === 404 && method === 'GET' && res && !PERSONAL.includes(res))
          ) {
            failures.push(`${key} as ${role} (${target}) → ${s}, expected to be allowed`);
          } else if (s >= 500) {
            failures.push(`${key} as ${role} (${target}) → ${s}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // Every call above was refused or was a probe that fails before writing.
    expect(await counts()).toEqual(before);
    process.stdout.write(
      `access matrix: ${Object.keys(TABLE).length} routes × ${ROLES.length} roles, ${checked} scoped calls checked, 0 leaks\n`,
    );
  });

  it('never lists rows of another subtree', async () => {
    const scopedLists: [string, string][] = [
      ['/api/orgs', 'id'],
      ['/api/users', 'orgId'],
      ['/api/projects', 'orgId'],
      ['/api/targets', 'orgId'],
      ['/api/unit-targets', 'orgId'],
      ['/api/monitoring', 'orgId'],
      ['/api/evaluations', 'orgId'],
      ['/api/rectifications', 'orgId'],
      ['/api/result-applications', 'orgId'],
    ];
    for (const role of ['unit', 'department', 'finance', 'manager'] as Role[]) {
      for (const [path, field] of scopedLists) {
        const res = await (api[role] as Api).get<Record<string, unknown>[]>(
          `${path}${listQuery({ range: [0, 999] })}`,
        );
        if (res.status === 403) continue;
        expect(res.status).toBe(200);
        const outside = res.body.filter(
          (row) => typeof row[field] === 'number' && !inside.has(row[field]),
        );
        expect({ role, path, outside }).toEqual({ role, path, outside: [] });
      }
    }
  });
});
