import { Api, listQuery, startApp, TestApp } from '../support/app';
import { mysqlUrl, testConfig } from '../support/env';
import { recreateDatabase } from '../support/mysql';
import { approvedTarget as approvedTargetFor, TRAINING_ROWS } from '../support/factories';

/** 结果应用 and 问题整改 over the demo data (seed 002, 2023) and documents made here. */

interface Application {
  id: number;
  evaluationId: number;
  year: number;
  budgetYear: number;
  title: string;
  total: string;
  grade: string;
  suggestion: string;
  decision: string | null;
  comment: string;
  version: number;
  orgName: string;
}
interface Rule {
  id: number;
  orgName: string;
  rules: Record<string, string>;
  version: number;
  stored: boolean;
}
interface Item {
  id: number;
  status: string;
  version: number;
  answer: string;
  requirement: string;
  deadline: string;
  orgName: string;
  overdue: boolean;
  actions: string[];
  history: { action: string; comment: string }[];
}
interface ErrorBody {
  code: string;
  errors?: Record<string, string>;
}

const DEFAULT_RULES = { 优: '优先保障', 良: '保持', 中: '压减', 差: '压减或取消' };

let t: TestApp;
let admin: Api;
let finance: Api;
let dept: Api;
let unit: Api;
let manager: Api;
let jiedao: Api;
let luolong: Api;

beforeAll(async () => {
  // Its own database: the figures asserted here must not depend on what other tests wrote.
  await recreateDatabase('bp_test_results');
  t = await startApp(testConfig({ DATABASE_URL: mysqlUrl('bp_test_results') }));
  const anon = new Api(t.url);
  [admin, finance, dept, unit, manager, jiedao, luolong] = await Promise.all(
    ['admin', 'finance', 'dept', 'unit', 'manager', 'jiedao', 'luolong'].map((u) => anon.login(u)),
  );
});
afterAll(async () => {
  await t?.close();
});

/** A project of `unit` with approved targets, as the declaration path leaves it. */
const approvedTarget = (code: string, year: number) =>
  approvedTargetFor({ unit, dept, finance }, code, TRAINING_ROWS, year);

/** An approved self-evaluation with every target met: 10 + 20 + 70 = 100 → 优. */
async function approvedEvaluation(code: string, year: number): Promise<number> {
  const targetId = await approvedTarget(code, year);
  const ev = await unit.post<{
    id: number;
    budget: Record<string, string>;
    fundManagement: { score: string }[];
  }>('/api/evaluations', { targetId });
  expect(ev.status).toBe(201);
  const actual = ['3万元', '200人次', '96%', '已完成', '97%'];
  const saved = await unit.put<{ total: string; grade: string }>(`/api/evaluations/${ev.body.id}`, {
    ...ev.body,
    budget: { ...ev.body.budget, executed: '10' },
    fundManagement: ev.body.fundManagement.map((f) => ({ ...f, score: '5' })),
    indicators: TRAINING_ROWS.map((r, i) => ({ ...r, actual: actual[i] })),
    summary: '全面完成年度培训任务',
  });
  expect(saved.body).toMatchObject({ total: '100.00', grade: '优' });
  await unit.post(`/api/evaluations/${ev.body.id}/submit`, {});
  await dept.post(`/api/evaluations/${ev.body.id}/approve`, {});
  const approved = await finance.post<{ status: string }>(
    `/api/evaluations/${ev.body.id}/approve`,
    {},
  );
  expect(approved.body.status).toBe('approved');
  return ev.body.id;
}

async function applications(api: Api, year: number): Promise<Application[]> {
  const res = await api.get<Application[]>(
    `/api/result-applications${listQuery({ filter: { year }, sort: ['id', 'ASC'], range: [0, 99] })}`,
  );
  expect(res.status).toBe(200);
  return res.body;
}

describe('结果应用', () => {
  it('generates one row per approved project self-evaluation, once: running it again changes nothing', async () => {
    const first = await finance.post<{ created: number; total: number; budgetYear: number }>(
      '/api/result-applications/generate',
      { year: 2023 },
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 9, total: 9, budgetYear: 2024 });
    const rows = await applications(finance, 2023);
    expect(rows).toHaveLength(9);
    // The suggestion follows the final grade by the default rule: 6 优 / 2 良 / 1 中.
    for (const r of rows) {
      expect(r.suggestion).toBe(DEFAULT_RULES[r.grade as keyof typeof DEFAULT_RULES]);
      expect(r).toMatchObject({ budgetYear: 2024, decision: null, version: 1 });
    }
    expect(rows.filter((r) => r.suggestion === '优先保障')).toHaveLength(6);
    expect(rows.filter((r) => r.suggestion === '保持').map((r) => r.total)).toEqual([
      '80.00',
      '80.00',
    ]);
    expect(rows.filter((r) => r.suggestion === '压减').map((r) => r.title)).toEqual([
      '老旧小区改造办公经费',
    ]);

    const again = await finance.post<{ created: number; total: number }>(
      '/api/result-applications/generate',
      { year: 2023 },
    );
    expect(again.body).toMatchObject({ created: 0, total: 9 });
    expect(await applications(finance, 2023)).toEqual(rows);

    // Readers see the rows; only the finance bureau generates or decides; units see none.
    expect(await applications(dept, 2023)).toHaveLength(9);
    expect(await applications(manager, 2023)).toHaveLength(9);
    expect((await unit.get('/api/result-applications')).status).toBe(403);
    expect((await dept.post('/api/result-applications/generate', { year: 2023 })).status).toBe(403);
    expect((await finance.post('/api/result-applications/generate', {})).status).toBe(400);
  });

  it('records the finance decision with its version, and audits it', async () => {
    const [row] = (await applications(finance, 2023)).filter((r) => r.grade === '中');
    const noReason = await finance.put<ErrorBody>(`/api/result-applications/${row.id}`, {
      ...row,
      decision: '其他',
      comment: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.comment).toBeDefined();
    const wrong = await finance.put<ErrorBody>(`/api/result-applications/${row.id}`, {
      ...row,
      decision: '加倍',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.decision).toBeDefined();

    const decided = await finance.put<Application>(`/api/result-applications/${row.id}`, {
      ...row,
      decision: '压减或取消',
      comment: '成本指标未执行，2024 年取消该项目预算',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      decision: '压减或取消',
      suggestion: '压减',
      comment: '成本指标未执行，2024 年取消该项目预算',
      version: 2,
    });
    const stale = await finance.put<ErrorBody>(`/api/result-applications/${row.id}`, {
      ...row,
      decision: '保持',
    });
    expect(stale.status).toBe(409);
    expect(
      (await finance.get<Application>(`/api/result-applications/${row.id}`)).body.decision,
    ).toBe('压减或取消');
    expect(
      (await dept.put(`/api/result-applications/${row.id}`, { ...decided.body, decision: '保持' }))
        .status,
    ).toBe(403);

    const audit = await admin.get<
      { action: string; username: string; before: object; after: object }[]
    >(
      `/api/audit-logs${listQuery({ filter: { resource: 'result-applications', resourceId: String(row.id) } })}`,
    );
    expect(audit.body).toEqual([
      expect.objectContaining({
        action: 'decide',
        username: 'finance',
        before: { decision: null, comment: '' },
        after: expect.objectContaining({ decision: '压减或取消', suggestion: '压减' }),
      }),
    ]);
    const decidedOnly = await finance.get<Application[]>(
      `/api/result-applications${listQuery({ filter: { year: 2023, decided: true } })}`,
    );
    expect(decidedOnly.body.map((r) => r.id)).toEqual([row.id]);
  });

  it('applies an edited regional rule to newly generated rows only', async () => {
    const rules = await finance.get<Rule[]>('/api/result-rules');
    expect(rules.body).toHaveLength(1);
    const [rule] = rules.body;
    expect(rule).toMatchObject({
      orgName: '洛阳市西工区',
      rules: DEFAULT_RULES,
      version: 0,
      stored: false,
    });

    const edited = { 优: '保持', 良: '压减', 中: '压减或取消', 差: '压减或取消' };
    expect(
      (await dept.put(`/api/result-rules/${rule.id}`, { rules: edited, version: 0 })).status,
    ).toBe(403);
    const bad = await finance.put<ErrorBody>(`/api/result-rules/${rule.id}`, {
      rules: { ...edited, 优: '加倍' },
      version: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.['rules.优']).toBeDefined();
    const saved = await finance.put<Rule>(`/api/result-rules/${rule.id}`, {
      ...rule,
      rules: edited,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ rules: edited, version: 1, stored: true });
    expect(
      (await finance.put(`/api/result-rules/${rule.id}`, { rules: edited, version: 0 })).status,
    ).toBe(409);
    // Another region's rule is not this bureau's business.
    const luolongRegion = await admin.get<{ id: number }[]>(
      `/api/orgs${listQuery({ filter: { code: '410311' } })}`,
    );
    expect((await finance.get(`/api/result-rules/${luolongRegion.body[0].id}`)).status).toBe(404);

    // The 2023 rows keep the suggestion they were generated with.
    const before = await applications(finance, 2023);
    expect(
      (await finance.post<{ created: number }>('/api/result-applications/generate', { year: 2023 }))
        .body.created,
    ).toBe(0);
    expect((await applications(finance, 2023)).map((r) => r.suggestion)).toEqual(
      before.map((r) => r.suggestion),
    );

    // A year evaluated after the edit gets the new rule: 优 → 保持.
    const evaluationId = await approvedEvaluation('RA-2028-01', 2028);
    const generated = await finance.post<{ created: number }>('/api/result-applications/generate', {
      year: 2028,
    });
    expect(generated.body.created).toBe(1);
    const [row] = await applications(finance, 2028);
    expect(row).toMatchObject({ evaluationId, grade: '优', suggestion: '保持', budgetYear: 2029 });
  });
});

describe('问题整改', () => {
  it('goes open → answered by the unit → closed, reopened with a reason, and is counted on the dashboard', async () => {
    const targetId = await approvedTarget('RECT-2027-01', 2027);
    const report = await unit.post<{ id: number }>('/api/monitoring', { targetId, month: 6 });
    expect(report.status).toBe(201);

    const deadline = '2027-09-30';
    expect(
      (
        await unit.post('/api/rectifications', {
          source: 'monitoring',
          documentId: report.body.id,
          requirement: 'x',
          deadline,
        })
      ).status,
    ).toBe(403);
    const badDate = await finance.post<ErrorBody>('/api/rectifications', {
      source: 'monitoring',
      documentId: report.body.id,
      requirement: '补充偏差原因',
      deadline: '2027-02-30',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors?.deadline).toBeDefined();
    const opened = await finance.post<Item>('/api/rectifications', {
      source: 'monitoring',
      documentId: report.body.id,
      requirement: '执行进度滞后，请说明原因并于 9 月底前完成支出',
      deadline,
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      status: 'open',
      deadline,
      orgName: '洛阳市西工区社区治理和服务创新办公室（本级）',
      actions: ['edit'],
    });
    const id = opened.body.id;

    let dash = (
      await dept.get<{ rectifications: Record<string, number> }>('/api/dashboard?year=2027')
    ).body;
    expect(dash.rectifications).toMatchObject({ open: 1, answered: 0, closed: 0 });

    // A unit of another organisation does not see it at all.
    expect((await jiedao.get(`/api/rectifications/${id}`)).status).toBe(404);
    expect(
      (await jiedao.post(`/api/rectifications/${id}/answer`, { answer: '已整改' })).status,
    ).toBe(404);
    expect(
      (await luolong.post(`/api/rectifications/${id}/answer`, { answer: '已整改' })).status,
    ).toBe(404);
    expect((await finance.post(`/api/rectifications/${id}/close`, {})).status).toBe(409);

    const seen = await unit.get<Item>(`/api/rectifications/${id}`);
    expect(seen.body.actions).toEqual(['answer']);
    const answered = await unit.post<Item>(`/api/rectifications/${id}/answer`, {
      answer: '已调整支出计划，8 月底执行率达 80%',
      version: seen.body.version,
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      answer: '已调整支出计划，8 月底执行率达 80%',
    });
    expect((await unit.post(`/api/rectifications/${id}/close`, {})).status).toBe(403);
    expect((await dept.post(`/api/rectifications/${id}/answer`, { answer: 'x' })).status).toBe(403);
    dash = (await dept.get<{ rectifications: Record<string, number> }>('/api/dashboard?year=2027'))
      .body;
    expect(dash.rectifications).toMatchObject({ open: 0, answered: 1, closed: 0 });

    const closed = await finance.post<Item>(`/api/rectifications/${id}/close`, {
      comment: '整改到位',
    });
    expect(closed.body).toMatchObject({ status: 'closed', overdue: false });
    expect((await unit.post(`/api/rectifications/${id}/answer`, { answer: 'again' })).status).toBe(
      409,
    );
    dash = (await dept.get<{ rectifications: Record<string, number> }>('/api/dashboard?year=2027'))
      .body;
    expect(dash.rectifications).toMatchObject({ open: 0, answered: 0, closed: 1 });

    const noReason = await finance.post<ErrorBody>(`/api/rectifications/${id}/reopen`, {});
    expect(noReason.status).toBe(400);
    const reopened = await finance.post<Item>(`/api/rectifications/${id}/reopen`, {
      comment: '抽查发现仍未支出',
    });
    expect(reopened.body.status).toBe('open');
    expect(reopened.body.history.map((h) => h.action)).toEqual([
      'open',
      'answer',
      'close',
      'reopen',
    ]);

    const audit = await admin.get<{ action: string; username: string }[]>(
      `/api/audit-logs${listQuery({ filter: { resource: 'rectifications', resourceId: String(id) }, sort: ['id', 'ASC'] })}`,
    );
    expect(audit.body.map((a) => [a.action, a.username])).toEqual([
      ['create', 'finance'],
      ['answer', 'unit'],
      ['close', 'finance'],
      ['reopen', 'finance'],
    ]);
    // Readers: the department and the leader see it; a unit of another org's list is empty.
    expect(
      (await manager.get<Item[]>(`/api/rectifications${listQuery({ filter: { year: 2027 } })}`))
        .body,
    ).toHaveLength(1);
    expect((await jiedao.get<Item[]>('/api/rectifications')).body).toEqual([]);
  });

  it('opens items on self-evaluations of the region only', async () => {
    const evs = await finance.get<{ id: number }[]>(
      `/api/evaluations${listQuery({ filter: { year: 2023 }, range: [0, 0] })}`,
    );
    const luolongFinance = await admin.post<{ id: number }>('/api/users', {
      username: 'llfinance-rect',
      name: '洛龙区财政局',
      role: 'finance',
      orgId: (
        await admin.get<{ id: number }[]>(`/api/orgs${listQuery({ filter: { code: '410311' } })}`)
      ).body[0].id,
      password: 'Passw0rd!',
    });
    expect(luolongFinance.status).toBe(201);
    const other = await new Api(t.url).login('llfinance-rect', 'Passw0rd!');
    const outside = await other.post<ErrorBody>('/api/rectifications', {
      source: 'evaluations',
      documentId: evs.body[0].id,
      requirement: '补充绩效佐证材料',
      deadline: '2024-06-30',
    });
    expect(outside.status).toBe(404);
    const missing = await finance.post('/api/rectifications', {
      source: 'evaluations',
      documentId: 999999,
      requirement: '补充绩效佐证材料',
      deadline: '2024-06-30',
    });
    expect(missing.status).toBe(404);
  });
});
