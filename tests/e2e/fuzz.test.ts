import mysql from 'mysql2/promise';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { mysqlUrl, testConfig } from '../support/env';
import { connectTest, recreateDatabase } from '../support/mysql';

/** Its own database: the accepted mutations must not leak into the other tests' data. */
const DATABASE = 'bp_test_fuzz';
import { listRoutes, Route } from '../support/routes';

/**
 * Hostile and malformed input on every write route: thousands of generated bad requests must
 * never produce a 5xx, every refusal names the problem in Chinese, and the database holds exactly
 * what the requests that were accepted wrote.
 */
const CHINESE = /[\u4e00-\u9fff]/;
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
];

/** Values that are wrong for almost any field. */
const BAD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53 + 1,
  '',
  ' ',
  'x'.repeat(70_000),
  '１２３',
  '-0.000000000000001',
  '123456789012345678901234.123456789012345',
  '1e309',
  'NaN',
  'Infinity',
  [],
  [1, 2],
  {},
  { $gt: '' },
  "'; DROP TABLE users; --",
  '=HYPERLINK("http://x")',
  '+1+1',
  '@SUM(A1)',
  '<script>alert(1)</script>',
  '社区🏠培训𠀀',
  '\u0000',
  '\ud800',
  '../../etc/passwd',
];

/** Bodies sent as raw text. */
const RAW_BODIES: string[] = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '42',
  '{"a":1e309}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"a":${'{"a":'.repeat(50)}1${'}'.repeat(50)}}`,
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
];

/** A valid body per route, so that mutations reach past the first missing field. */
function baseBody(route: Route, ids: Record<string, number>): Record<string, unknown> {
  const p = route.path;
  const update = route.method === 'PUT';
  if (p === '/api/auth/login') return { username: 'fuzz-login', password: 'x' };
  if (/\/:id\/(submit|approve|return|adjust)$/.test(p)) return { comment: '意见', version: 1 };
  if (p.endsWith('/recheck'))
    return {
      items: [{ section: 'indicators', index: 0, score: '1', reason: '理由' }],
      comment: '复核',
    };
  if (p === '/api/evaluations/sample') return { year: 2023, percent: '10', seed: 'fz' };
  if (p === '/api/scoring/preview')
    return {
      kind: 'project',
      budget: { initial: '1', adjusted: '1', executed: '1', weight: '10' },
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '数量',
          target: '≥1个',
          actual: '1个',
          weight: '10',
        },
      ],
    };
  const version = update ? { version: 1 } : {};
  const indicators = [
    { level1: '产出指标', level2: '数量指标', name: '数量', target: '≥1个', weight: '10' },
  ];
  if (p.startsWith('/api/orgs'))
    return { code: 'FZ-1', name: '模糊测试', type: 'unit', parentId: ids.department, ...version };
  if (p.startsWith('/api/users'))
    return {
      username: 'fuzzer',
      name: '测试',
      role: 'unit',
      orgId: ids.unit,
      password: 'Passw0rd!',
      ...version,
    };
  if (p.startsWith('/api/projects'))
    return {
      year: 2027,
      code: 'FZ-P',
      name: '测试项目',
      type: 'specific',
      amountTotal: '1',
      amountFiscal: '1',
      amountSpecial: '0',
      amountOther: '0',
      spendPlan: { q1: '', q2: '', q3: '', q4: '100' },
      ...version,
    };
  if (p.startsWith('/api/unit-targets'))
    return {
      ...(update ? {} : { year: 2027 }),
      goals: ['目标'],
      tasks: [{ name: '任务' }],
      budget: { total: '1' },
      indicators,
      ...version,
    };
  if (p.startsWith('/api/targets'))
    return {
      ...(update ? {} : { projectId: ids.project }),
      goals: ['目标'],
      indicators,
      ...version,
    };
  if (p.startsWith('/api/indicators'))
    return {
      level1: '产出指标',
      level2: '数量指标',
      name: '测试指标',
      direction: 'positive',
      weight: '5',
      ...version,
    };
  if (p.startsWith('/api/monitoring'))
    return update
      ? {
          executed: '1',
          indicators: [{ progress: '1个', reasons: { other: '无' }, measures: '无' }],
          version: 1,
        }
      : { targetId: ids.target, month: 6 };
  if (p.startsWith('/api/evaluations'))
    return update
      ? {
          budget: { initial: '1', adjusted: '1', executed: '1', weight: '10' },
          indicators: [{ ...indicators[0], actual: '1个' }],
          version: 1,
        }
      : { targetId: ids.target };
  return {};
}

/** Replaces the value at every path of the body, one at a time, with each bad value. */
function mutations(body: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  const walk = (node: unknown, set: (v: unknown) => unknown) => {
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        walk(v, (nv) =>
          set(
            Array.isArray(node)
              ? (node as unknown[]).map((x, i) => (String(i) === k ? nv : x))
              : { ...node, [k]: nv },
          ),
        );
      }
    }
    for (const bad of BAD_VALUES) out.push(set(bad));
  };
  for (const [k, v] of Object.entries(body)) walk(v, (nv) => ({ ...body, [k]: nv }));
  out.push(
    { ...body, unknownField: 1 },
    { ...body, __proto__: { polluted: true } },
    { ...body, constructor: { prototype: { polluted: true } } },
  );
  return out;
}

let t: TestApp;
const tokens: Record<string, Api> = {};

async function counts(): Promise<Record<string, number>> {
  const conn = await connectTest(DATABASE);
  const out: Record<string, number> = {};
  for (const table of TABLES)
    out[table] = Number(
      (
        (
          await conn.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${table}\``)
        )[0][0] as { n: number }
      ).n,
    );
  await conn.end();
  return out;
}

beforeAll(async () => {
  await recreateDatabase(DATABASE);
  t = await startApp(testConfig({ DATABASE_URL: mysqlUrl(DATABASE) }));
  const anon = new Api(t.url);
  for (const u of ['admin', 'unit', 'dept', 'finance']) tokens[u] = await anon.login(u);
});
afterAll(async () => {
  await t?.close();
});

/** Who may call a route, so that the body is validated rather than refused by the guard. */
function caller(route: Route): Api {
  const p = route.path;
  if (/^\/api\/(orgs|users|indicators)/.test(p)) return tokens.admin;
  if (p.endsWith('/approve') || p.endsWith('/return')) return tokens.dept;
  if (p.endsWith('/recheck') || p.endsWith('/sample')) return tokens.finance;
  return tokens.unit;
}

describe('fuzzing every write route', () => {
  it('never answers 5xx, always explains a refusal in Chinese, and writes only what it accepted', async () => {
    const admin = tokens.admin;
    const orgs = (
      await admin.get<{ id: number; code: string }[]>(`/api/orgs${listQuery({ range: [0, 99] })}`)
    ).body;
    const projects = (await tokens.unit.get<{ id: number }[]>('/api/projects')).body;
    const targets = (
      await tokens.unit.get<{ id: number }[]>(
        `/api/targets${listQuery({ filter: { status: 'approved' } })}`,
      )
    ).body;
    const ids: Record<string, number> = {
      unit: orgs.find((o) => o.code === '313002')?.id ?? 1,
      department: orgs.find((o) => o.code === '313')?.id ?? 1,
      project: projects[0]?.id ?? 1,
      target: targets[0]?.id ?? 1,
    };
    const routes = listRoutes(t.app).filter((r) => ['POST', 'PUT'].includes(r.method));
    expect(routes.length).toBeGreaterThan(20);

    const before = await counts();
    const accepted: Record<string, number> = {};
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const api = caller(route);
      const path = route.path.replace(':id', String(99999999));
      const bodies: unknown[] = [...mutations(baseBody(route, ids)), ...RAW_BODIES];
      for (const body of bodies) {
        const raw =
          typeof body === 'string' && RAW_BODIES.includes(body) ? body : JSON.stringify(body);
        const res = await api.request<{ message?: string; errors?: Record<string, string> }>(
          route.method,
          path,
          raw,
        );
        sent += 1;
        if (res.status >= 500)
          failures.push(`${route.method} ${route.path} → ${res.status}: ${raw.slice(0, 120)}`);
        else if (res.status >= 400) {
          if (!CHINESE.test(res.body?.message ?? ''))
            failures.push(
              `${route.method} ${route.path} → ${res.status} without a Chinese message: ${JSON.stringify(res.body).slice(0, 120)}`,
            );
          for (const [field, msg] of Object.entries(res.body?.errors ?? {})) {
            if (!CHINESE.test(msg))
              failures.push(
                `${route.method} ${route.path}: error for ${field} not in Chinese: ${msg}`,
              );
          }
        } else if (route.method === 'POST' && res.status === 201) {
          accepted[route.path] = (accepted[route.path] ?? 0) + 1;
        }
      }
    }
    // Invalid UTF-8 and a body over the size limit.
    for (const route of routes.slice(0, 5)) {
      const path = route.path.replace(':id', '99999999');
      const bad = await fetch(t.url + path, {
        method: route.method,
        headers: {
          authorization: `Bearer ${caller(route).token}`,
          'content-type': 'application/json',
        },
        body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      });
      const huge = await fetch(t.url + path, {
        method: route.method,
        headers: {
          authorization: `Bearer ${caller(route).token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }),
      });
      sent += 2;
      for (const res of [bad, huge])
        if (res.status >= 500)
          failures.push(`${route.method} ${route.path} → ${res.status} on raw bytes`);
      expect(huge.status).toBe(413);
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(2000);

    // Only the creates that were accepted added rows.
    const after = await counts();
    const creates = (prefix: string) =>
      Object.entries(accepted)
        .filter(([p]) => p === prefix)
        .reduce((n, [, c]) => n + c, 0);
    expect(after.orgs - before.orgs).toBe(creates('/api/orgs'));
    expect(after.users - before.users).toBe(creates('/api/users'));
    expect(after.projects - before.projects).toBe(creates('/api/projects'));
    expect(after.indicator_library - before.indicator_library).toBe(creates('/api/indicators'));
    expect(after.unit_targets - before.unit_targets).toBe(creates('/api/unit-targets'));
    expect(after.evaluations - before.evaluations).toBe(creates('/api/evaluations'));
    expect(after.monitoring_reports - before.monitoring_reports).toBe(creates('/api/monitoring'));
    process.stdout.write(
      `fuzz: ${sent} requests to ${routes.length} write routes, 0 × 5xx, accepted creates ${JSON.stringify(accepted)}\n`,
    );
  });

  it('stores and returns 4-byte characters in Chinese text unchanged', async () => {
    const name = '社区𠀀服务🏠（试点）';
    const res = await tokens.unit.post<{ id: number; name: string }>('/api/projects', {
      year: 2027,
      code: 'UTF8MB4',
      name,
      type: 'specific',
      amountTotal: '1',
      amountFiscal: '1',
      amountSpecial: '0',
      amountOther: '0',
      purpose: '𠮷野家🍜',
    });
    expect(res.status).toBe(201);
    const back = await tokens.unit.get<{ name: string; purpose: string }>(
      `/api/projects/${res.body.id}`,
    );
    expect(back.body).toMatchObject({ name, purpose: '𠮷野家🍜' });
  });

  it('keeps a formula-like or SQL-like text as plain text', async () => {
    const res = await tokens.admin.post<{ id: number; name: string }>('/api/indicators', {
      level1: '产出指标',
      level2: '数量指标',
      name: "=1+1'; DROP TABLE users; --",
      direction: 'positive',
    });
    expect(res.status).toBe(201);
    expect(
      (await tokens.admin.get<{ name: string }>(`/api/indicators/${res.body.id}`)).body.name,
    ).toBe("=1+1'; DROP TABLE users; --");
    expect((await tokens.admin.get('/api/users')).status).toBe(200);
  });
});
