import Decimal from 'decimal.js';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { mysqlUrl, testConfig } from '../support/env';
import { recreateDatabase } from '../support/mysql';

/**
 * 绩效看板 over the demo data: seed 002's nine 项目单位自评表 and one 部门整体自评表 of
 * 洛阳市西工区社区治理和服务创新办公室（本级）, 2023, all approved.
 */

interface Figures {
  projects: number;
  evaluations: number;
  grades: Record<string, number>;
  budget: { adjusted: string; executed: string; rate: string | null };
  average: string | null;
  distribution: { key: string; label: string; count: number }[];
  lights: Record<string, number>;
}
interface Dashboard extends Figures {
  year: number;
  org: { id: number | null; code: string | null; name: string; type: string | null };
  documents: Record<'targets' | 'monitoring' | 'evaluations', Record<string, number>>;
  lagging: unknown[];
  findings: { code: string; count: number; documents: number; errors: number; warnings: number }[];
  rectifications: Record<string, number>;
  children: (Figures & { org: { id: number; code: string; name: string } })[];
  previousYear: Figures & { year: number };
}
interface Evaluation {
  id: number;
  kind: string;
  title: string;
  result: { findings: { code: string; severity: string }[] };
}

/** The published seed-002 figures (全年预算数 / 全年执行数, 万元; 自评得分). */
const PUBLISHED = [
  { total: '95.13', adjusted: '3.2', executed: '1.64' },
  { total: '65', adjusted: '4', executed: '0' },
  { total: '98.81', adjusted: '10.5', executed: '9.25' },
  { total: '98.58', adjusted: '24', executed: '20.6' },
  { total: '80', adjusted: '13', executed: '0' },
  { total: '100', adjusted: '5', executed: '5' },
  { total: '80', adjusted: '200', executed: '0' },
  { total: '92.8', adjusted: '0.5', executed: '0.14' },
  { total: '100', adjusted: '1896', executed: '1896' },
];

const D = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP });
const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new D(0));
const gradeOf = (t: string) =>
  new D(t).gte(90) ? '优' : new D(t).gte(80) ? '良' : new D(t).gte(60) ? '中' : '差';

/** Every figure of the 2023 dashboard of the seed-002 subtree, computed by hand from PUBLISHED. */
function expectedFigures(): Figures {
  const adjusted = sum(PUBLISHED.map((p) => p.adjusted));
  const executed = sum(PUBLISHED.map((p) => p.executed));
  const totals = PUBLISHED.map((p) => p.total);
  const grades = { 优: 0, 良: 0, 中: 0, 差: 0 } as Record<string, number>;
  for (const t of totals) grades[gradeOf(t)] += 1;
  const bin = (lo: number | null, hi: number | null) =>
    totals.filter((t) => (lo === null || new D(t).gte(lo)) && (hi === null || new D(t).lt(hi)))
      .length;
  return {
    projects: 9,
    evaluations: 9,
    grades,
    budget: {
      adjusted: adjusted.toFixed(),
      executed: executed.toFixed(),
      rate: executed.div(adjusted).mul(100).toFixed(2),
    },
    average: sum(totals).div(totals.length).toFixed(2),
    distribution: [
      { key: 'lt60', label: '<60', count: bin(null, 60) },
      { key: '60-70', label: '60–70', count: bin(60, 70) },
      { key: '70-80', label: '70–80', count: bin(70, 80) },
      { key: '80-90', label: '80–90', count: bin(80, 90) },
      { key: '90-100', label: '90–100', count: bin(90, null) },
    ],
    lights: { red: 0, yellow: 0, blue: 0, green: 0, none: 0 },
  };
}

const EMPTY: Figures = {
  projects: 0,
  evaluations: 0,
  grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
  budget: { adjusted: '0', executed: '0', rate: null },
  average: null,
  distribution: expectedFigures().distribution.map((d) => ({ ...d, count: 0 })),
  lights: { red: 0, yellow: 0, blue: 0, green: 0, none: 0 },
};

/** Figures without the fields the fixtures do not list (bounds of the bins). */
function figuresOf(f: Figures): Figures {
  return {
    projects: f.projects,
    evaluations: f.evaluations,
    grades: f.grades,
    budget: f.budget,
    average: f.average,
    distribution: f.distribution.map(({ key, label, count }) => ({ key, label, count })),
    lights: f.lights,
  };
}

let t: TestApp;
let admin: Api;
let finance: Api;
let dept: Api;
let unit: Api;
let manager: Api;
const ids: Record<string, number> = {};

beforeAll(async () => {
  // Its own database: the figures asserted here must not depend on what other tests wrote.
  await recreateDatabase('bp_test_dashboard');
  t = await startApp(testConfig({ DATABASE_URL: mysqlUrl('bp_test_dashboard') }));
  const anon = new Api(t.url);
  [admin, finance, dept, unit, manager] = await Promise.all(
    ['admin', 'finance', 'dept', 'unit', 'manager'].map((u) => anon.login(u)),
  );
  const orgs = await admin.get<{ id: number; code: string }[]>(
    `/api/orgs${listQuery({ range: [0, 99] })}`,
  );
  for (const o of orgs.body) ids[o.code] = o.id;
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/dashboard', () => {
  it('adds up the published seed-002 figures by hand: 9 projects, 6 优 / 2 良 / 1 中, 2156.2 / 1932.63', async () => {
    const res = await dept.get<Dashboard>('/api/dashboard?year=2023');
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.org).toEqual({
      id: ids['XG-SCB'],
      code: 'XG-SCB',
      name: '洛阳市西工区社区治理和服务创新办公室',
      type: 'department',
    });
    const expected = expectedFigures();
    // The literals, checked by hand: 3.2+4+10.5+24+13+5+200+0.5+1896 = 2156.2 and
    // 1.64+0+9.25+20.6+0+5+0+0.14+1896 = 1932.63; 1932.63 / 2156.2 = 89.631…%;
    // (95.13+65+98.81+98.58+80+100+80+92.8+100) / 9 = 810.32 / 9 = 90.035…
    expect(expected.budget).toEqual({ adjusted: '2156.2', executed: '1932.63', rate: '89.63' });
    expect(expected.average).toBe('90.04');
    expect(expected.grades).toEqual({ 优: 6, 良: 2, 中: 1, 差: 0 });
    expect(figuresOf(d)).toEqual(expected);
    expect(d.grades).toEqual({ 优: 6, 良: 2, 中: 1, 差: 0 });
    expect(d.budget).toEqual({ adjusted: '2156.2', executed: '1932.63', rate: '89.63' });
    expect(d.distribution.map((b) => b.count)).toEqual([0, 1, 0, 2, 6]);

    // Documents by status: 9 approved project targets, no monitoring, 10 approved self-evaluations
    // (the nine projects and the 部门整体自评表).
    expect(d.documents.targets).toEqual({
      draft: 0,
      submitted: 0,
      dept_approved: 0,
      approved: 9,
      returned: 0,
      total: 9,
    });
    expect(d.documents.monitoring.total).toBe(0);
    expect(d.documents.evaluations).toEqual({
      draft: 0,
      submitted: 0,
      dept_approved: 0,
      approved: 10,
      returned: 0,
      total: 10,
    });
    expect(d.lagging).toEqual([]);
    expect(d.rectifications).toEqual({ open: 0, answered: 0, closed: 0, overdue: 0 });

    // The one child, the unit itself, has the same figures; 2022 has none.
    expect(d.children.map((c) => c.org.code)).toEqual(['XG-SCB-001']);
    expect(figuresOf(d.children[0])).toEqual(expected);
    expect(d.previousYear.year).toBe(2022);
    expect(figuresOf(d.previousYear)).toEqual(EMPTY);
  });

  it('counts the findings of the stored sheets (the derived table agrees with the JSON)', async () => {
    const d = (await dept.get<Dashboard>('/api/dashboard?year=2023')).body;
    const list = await dept.get<Evaluation[]>(
      `/api/evaluations${listQuery({ filter: { year: 2023 }, range: [0, 99] })}`,
    );
    expect(list.body).toHaveLength(10);
    const byCode = new Map<
      string,
      { count: number; docs: Set<number>; errors: number; warnings: number }
    >();
    for (const e of list.body) {
      const full = (await dept.get<Evaluation>(`/api/evaluations/${e.id}`)).body;
      for (const f of full.result.findings) {
        const entry = byCode.get(f.code) ?? { count: 0, docs: new Set(), errors: 0, warnings: 0 };
        entry.count += 1;
        entry.docs.add(e.id);
        if (f.severity === 'error') entry.errors += 1;
        if (f.severity === 'warning') entry.warnings += 1;
        byCode.set(f.code, entry);
      }
    }
    const expected = [...byCode.entries()]
      .map(([code, e]) => ({
        code,
        count: e.count,
        documents: e.docs.size,
        errors: e.errors,
        warnings: e.warnings,
      }))
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1))
      .slice(0, 10);
    expect(expected.length).toBeGreaterThan(0);
    // The published mistakes DOMAIN.md lists are among them.
    expect(expected.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'EXECUTION_SCORE_MISMATCH',
        'SCORE_OVERRIDDEN',
        'COST_TARGET_NOT_UPPER_BOUND',
      ]),
    );
    const sorted = [...d.findings].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
    expect(sorted).toEqual(expected);
  });

  it('gives the region its departments as children, and the whole tree to admin', async () => {
    const region = (await finance.get<Dashboard>('/api/dashboard?year=2023')).body;
    expect(region.org.code).toBe('410303');
    expect(region.children.map((c) => c.org.code).sort()).toEqual(['151', 'XG-SCB']);
    const xg = region.children.find((c) => c.org.code === 'XG-SCB') as Figures;
    expect(figuresOf(xg)).toEqual(expectedFigures());
    // 151 has the fourteen 2023 projects of seed 004 (targets only, no self-evaluations yet).
    const jd = region.children.find((c) => c.org.code === '151') as Figures;
    expect(figuresOf(jd)).toEqual({ ...EMPTY, projects: jd.projects });
    expect(jd.projects).toBeGreaterThan(0);
    expect(region.projects).toBe(9 + jd.projects);
    expect(region.evaluations).toBe(9);
    expect(region.budget).toEqual(expectedFigures().budget);
    const mgr = (await manager.get<Dashboard>('/api/dashboard?year=2023')).body;
    expect(figuresOf(mgr)).toEqual(figuresOf(region));

    const all = (await admin.get<Dashboard>('/api/dashboard?year=2023')).body;
    expect(all.org).toEqual({ id: null, code: null, name: '全部区域', type: null });
    expect(all.children.map((c) => c.org.code).sort()).toEqual(['410303', '410311', 'NDG']);
    expect(all.grades).toEqual({ 优: 6, 良: 2, 中: 1, 差: 0 });
    const drill = (
      await admin.get<Dashboard>(`/api/dashboard?year=2023&orgId=${ids['XG-SCB-001']}`)
    ).body;
    expect(figuresOf(drill)).toEqual(expectedFigures());
    expect(drill.children).toEqual([]);
  });

  it('keeps a unit and a department inside their own subtree (404 outside)', async () => {
    const own = await unit.get<Dashboard>('/api/dashboard?year=2023');
    expect(own.status).toBe(200);
    expect(own.body.org.code).toBe('XG-SCB-001');
    expect(figuresOf(own.body)).toEqual(expectedFigures());
    expect((await unit.get(`/api/dashboard?year=2023&orgId=${ids['XG-SCB']}`)).status).toBe(404);
    expect((await unit.get(`/api/dashboard?year=2023&orgId=${ids['151001']}`)).status).toBe(404);
    expect((await dept.get(`/api/dashboard?year=2023&orgId=${ids['151']}`)).status).toBe(404);
    expect((await dept.get(`/api/dashboard?year=2023&orgId=${ids['410303']}`)).status).toBe(404);
    expect((await dept.get(`/api/dashboard?year=2023&orgId=${ids['313001']}`)).status).toBe(404);
    expect((await dept.get('/api/dashboard?year=2023&orgId=999999')).status).toBe(404);
    const luolong = await new Api(t.url).login('luolong');
    const theirs = (await luolong.get<Dashboard>('/api/dashboard?year=2023')).body;
    expect(figuresOf(theirs)).toEqual(EMPTY);
    expect((await luolong.get(`/api/dashboard?year=2023&orgId=${ids['XG-SCB-001']}`)).status).toBe(
      404,
    );
  });

  it('asks for a year and refuses malformed parameters with the field named', async () => {
    const missing = await dept.get<{ errors: Record<string, string> }>('/api/dashboard');
    expect(missing.status).toBe(400);
    expect(missing.body.errors.year).toBeDefined();
    const bad = await dept.get<{ errors: Record<string, string> }>(
      '/api/dashboard?year=2023&orgId=x',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.orgId).toBeDefined();
    expect((await new Api(t.url).get('/api/dashboard?year=2023')).status).toBe(401);
  });
});

describe('GET /api/rankings', () => {
  interface ProjectRow {
    rank: number;
    title: string;
    total: string;
    grade: string;
    executionRate: string | null;
    projectCode: string | null;
  }
  it('ranks the nine projects by total, best first, with the published totals', async () => {
    const res = await dept.get<ProjectRow[]>(
      `/api/rankings${listQuery({ filter: { year: 2023, level: 'project' }, range: [0, 24] })}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toBe('rankings 0-8/9');
    const totals = PUBLISHED.map((p) => new D(p.total).toFixed(2)).sort((a, b) => new D(b).cmp(a));
    expect(res.body.map((r) => r.total)).toEqual(totals);
    expect(res.body.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(res.body[0].projectCode).toMatch(/^XGSCB2023-/);

    const byRate = await dept.get<ProjectRow[]>(
      `/api/rankings?year=2023&sort=${encodeURIComponent('["executionRate","DESC"]')}&range=${encodeURIComponent('[0,2]')}`,
    );
    expect(byRate.headers.get('content-range')).toBe('rankings 0-2/9');
    expect(byRate.body.map((r) => r.executionRate)).toEqual(['100.00', '100.00', '88.10']);

    const good = await dept.get<ProjectRow[]>(
      `/api/rankings${listQuery({ filter: { year: 2023, grade: '良' } })}`,
    );
    expect(good.body.map((r) => r.total)).toEqual(['80.00', '80.00']);
    const q = await dept.get<ProjectRow[]>(
      `/api/rankings${listQuery({ filter: { year: 2023, q: '党建' } })}`,
    );
    expect(q.body.map((r) => r.title)).toEqual(['党建工作经费']);
  });

  it('ranks units by their average, with the exact sums', async () => {
    const res = await finance.get<
      {
        orgCode: string;
        evaluations: number;
        average: string;
        grades: Record<string, number>;
        budgetAdjusted: string;
        budgetExecuted: string;
        executionRate: string;
      }[]
    >(`/api/rankings${listQuery({ filter: { year: 2023, level: 'unit' } })}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        orgCode: 'XG-SCB-001',
        evaluations: 9,
        average: '90.04',
        grades: { 优: 6, 良: 2, 中: 1, 差: 0 },
        budgetAdjusted: '2156.2',
        budgetExecuted: '1932.63',
        executionRate: '89.63',
      }),
    ]);
    const luolong = await new Api(t.url).login('luolong');
    const theirs = await luolong.get<unknown[]>(
      `/api/rankings${listQuery({ filter: { year: 2023 } })}`,
    );
    expect(theirs.body).toEqual([]);
    expect(
      (
        await luolong.get(
          `/api/rankings${listQuery({ filter: { year: 2023, orgId: ids['XG-SCB'] } })}`,
        )
      ).status,
    ).toBe(404);
    const bad = await dept.get(`/api/rankings${listQuery({ filter: { year: 2023, level: 'x' } })}`);
    expect(bad.status).toBe(400);
  });
});
