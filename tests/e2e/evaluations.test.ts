import { Api, listQuery, startApp, TestApp } from '../support/app';
import { approvedTarget as approvedTargetFor, TRAINING_ROWS } from '../support/factories';

interface ErrorBody {
  code: string;
  message: string;
  errors?: Record<string, string>;
  findings?: { code: string; severity: string; path: string }[];
}
interface Monitoring {
  id: number;
  version: number;
  overallLight: string;
  lights: {
    execution: { rate: string; light: string };
    indicators: { light: string; shortfall: boolean }[];
  };
  indicators: { name: string; light: string }[];
  status: string;
}
interface Evaluation {
  id: number;
  version: number;
  status: string;
  total: string;
  grade: string;
  executionRate: string | null;
  executionScore: string;
  reviewTotal: string | null;
  reviewGrade: string | null;
  finalGrade: string;
  orgName: string;
  title: string;
  budget: { initial: string; adjusted: string; executed: string; weight: string };
  fundManagement: { item: string; weight: string; score: string }[];
  indicators: {
    name: string;
    actual: string;
    weight: string;
    score: string | null;
    level: string | null;
    reason: string;
    computed: { score: string; ruleScore: string | null } | null;
  }[];
  result: {
    findings: { code: string; path: string }[];
    indicatorScore: string;
    fundManagementScore: string;
  };
}

let t: TestApp;
let admin: Api;
let unit: Api;
let dept: Api;
let finance: Api;

const ROWS = TRAINING_ROWS;

beforeAll(async () => {
  t = await startApp();
  const anon = new Api(t.url);
  [admin, unit, dept, finance] = await Promise.all(
    ['admin', 'unit', 'dept', 'finance'].map((u) => anon.login(u)),
  );
});
afterAll(async () => {
  await t?.close();
});

const approvedTarget = (code: string) => approvedTargetFor({ unit, dept, finance }, code);

describe('运行监控 → 绩效自评 → 审核 → 复核', () => {
  it('walks the year with server-computed lights, scores and the 复核 grade', async () => {
    const targetId = await approvedTarget('EV-001');

    // Monitoring at month 6: one lagging indicator.
    const created = await unit.post<Monitoring>('/api/monitoring', { targetId, month: 6 });
    expect(created.status).toBe(201);
    expect(created.body.indicators.map((i) => i.name)).toEqual(ROWS.map((r) => r.name));
    const progress = [
      { progress: '1.5万元', expected: '3.2万元' },
      { progress: '50人次', expected: '180人次', likelihood: 'possible' },
      { progress: '96%', expected: '96%' },
      { progress: '', likelihood: 'certain' },
      { progress: '97%', expected: '97%' },
    ];
    const saved = await unit.put<Monitoring>(`/api/monitoring/${created.body.id}`, {
      ...created.body,
      executed: '3',
      expectedExecuted: '8',
      indicators: progress,
    });
    expect(saved.status).toBe(200);
    // 3 of 10 at month 6: 30% against 50% time progress → 60.00 → yellow; 50 of the 100 人次 due → red.
    expect(saved.body.lights.execution).toMatchObject({ rate: '30.00', light: 'yellow' });
    expect(saved.body.indicators.map((i) => i.light)).toEqual([
      'green',
      'red',
      'green',
      'green',
      'green',
    ]);
    expect(saved.body.overallLight).toBe('red');
    const refused = await unit.post<ErrorBody>(`/api/monitoring/${created.body.id}/submit`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.['indicators[1].reasons']).toContain('培训人次');
    const withReasons = progress.map((p, i) =>
      i === 1
        ? {
            ...p,
            reasons: { staffing: '培训师资不足', other: '上半年疫情停训' },
            measures: '下半年增开两期培训班',
          }
        : p,
    );
    const fixed = await unit.put<Monitoring>(`/api/monitoring/${created.body.id}`, {
      ...saved.body,
      executed: '3',
      expectedExecuted: '8',
      indicators: withReasons,
    });
    expect(
      (await unit.post<Monitoring>(`/api/monitoring/${fixed.body.id}/submit`, {})).body.status,
    ).toBe('submitted');
    const reds = await dept.get<Monitoring[]>(
      `/api/monitoring${listQuery({ filter: { overallLight: 'red' } })}`,
    );
    expect(reds.body.some((m) => m.id === created.body.id)).toBe(true);

    // Self-evaluation, pre-filled from the targets and the monitoring.
    const ev = await unit.post<Evaluation>('/api/evaluations', { targetId });
    expect(ev.status).toBe(201);
    expect(ev.body.indicators.map((i) => i.weight)).toEqual(['10', '20', '10', '20', '10']);
    expect(ev.body.indicators[1].actual).toBe('180人次');
    expect(ev.body.budget).toEqual({ initial: '10', adjusted: '10', executed: '8', weight: '10' });

    const fund = ev.body.fundManagement.map((f, i) => ({ ...f, score: i === 2 ? '4' : '5' }));
    const indicators = [
      { ...ROWS[0], actual: '3.6万元', reason: '物价上涨，培训场地费用增加' },
      { ...ROWS[1], actual: '180人次', reason: '师资不足，下年提前安排' },
      { ...ROWS[2], actual: '96%' },
      { ...ROWS[3], actual: '部分达成', level: '部分达成', score: '17' },
      { ...ROWS[4], actual: '97%' },
    ];
    // A 定性 score outside its band (部分达成: [12, 16)) is refused, naming the field.
    const outOfBand = await unit.put<ErrorBody>(`/api/evaluations/${ev.body.id}`, {
      ...ev.body,
      budget: { ...ev.body.budget, executed: '8' },
      fundManagement: fund,
      indicators,
    });
    expect(outOfBand.status).toBe(400);
    expect(outOfBand.body.errors?.['indicators.3.score']).toBeDefined();

    indicators[3] = { ...indicators[3], score: '14' };
    const scored = await unit.put<Evaluation>(`/api/evaluations/${ev.body.id}`, {
      ...ev.body,
      budget: { ...ev.body.budget, executed: '8' },
      fundManagement: fund,
      indicators,
      summary: '基本完成年度培训任务',
    });
    expect(scored.body).toMatchObject({ status: 'draft' });
    // By hand: 执行率 8/10 = 80.00% → 8.00; 资金管理 5+5+4+5 = 19;
    // 成本 ≤3.33 with 3.6: (1 − 0.27/3.33) × 10 = 9.189… → 9.19; 人次 180/200 × 20 = 18.00;
    // 合格率 10; 定性 部分达成 14; 满意度 10 → 指标 61.19; total 8 + 19 + 61.19 = 88.19 → 良.
    expect(scored.body).toMatchObject({
      executionRate: '80.00',
      executionScore: '8.00',
      total: '88.19',
      grade: '良',
      finalGrade: '良',
    });
    expect(scored.body.result.fundManagementScore).toBe('19.00');
    expect(scored.body.indicators.map((i) => i.computed?.score)).toEqual([
      '9.19',
      '18.00',
      '10.00',
      '14.00',
      '10.00',
    ]);

    expect((await unit.post(`/api/evaluations/${ev.body.id}/submit`, {})).status).toBe(200);
    expect(
      (await dept.post<Evaluation>(`/api/evaluations/${ev.body.id}/approve`, { comment: '同意' }))
        .body.status,
    ).toBe('dept_approved');

    // 复核: reasons are required; the grade that counts comes from the 复核 total.
    const noReason = await finance.post<ErrorBody>(`/api/evaluations/${ev.body.id}/recheck`, {
      items: [{ section: 'indicators', index: 1, score: '14', reason: ' ' }],
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.['items.0.reason']).toBeDefined();
    const review = await finance.post<Evaluation>(`/api/evaluations/${ev.body.id}/recheck`, {
      items: [
        { section: 'indicators', index: 1, score: '14', reason: '培训人次含重复签到' },
        { section: 'indicators', index: 2, score: '9', reason: '合格率抽查不足' },
        { section: 'indicators', index: 3, score: '12', reason: '成效证明材料不足' },
        { section: 'fundManagement', index: 0, score: '3', reason: '项目论证不充分' },
      ],
      comment: '抽查复核',
    });
    expect(review.status).toBe(200);
    // 88.19 − 4 − 1 − 2 − 2 = 79.19 → 中; the self-score stays as the unit gave it.
    expect(review.body).toMatchObject({
      total: '88.19',
      grade: '良',
      reviewTotal: '79.19',
      reviewGrade: '中',
      finalGrade: '中',
    });
    const approved = await finance.post<Evaluation>(`/api/evaluations/${ev.body.id}/approve`, {
      comment: '复核后批复',
    });
    expect(approved.body).toMatchObject({ status: 'approved', finalGrade: '中' });
  });

  it('ignores the totals, scores and grades a client sends: the stored figures are the server’s', async () => {
    const targetId = await approvedTarget('EV-TAMPER');
    const ev = (await unit.post<Evaluation>('/api/evaluations', { targetId })).body;
    const indicators = ROWS.map((r) => ({
      ...r,
      actual: r.name === '社区治理能力' ? '未达成' : '0',
      level: r.name === '社区治理能力' ? '未达成' : undefined,
      reason: '未开展',
      computed: { score: '99' },
      ruleScore: '10',
      finalScore: '10',
    }));
    const res = await unit.put<Evaluation>(`/api/evaluations/${ev.id}`, {
      ...ev,
      indicators,
      total: '100.00',
      grade: '优',
      finalGrade: '优',
      executionScore: '10',
      executionRate: '100.00',
      reviewTotal: '100',
      result: { total: '100.00' },
    });
    expect(res.body).toMatchObject({ status: 'draft', grade: '差' });
    expect(res.body.total).not.toBe('100.00');
    const stored = (await unit.get<Evaluation>(`/api/evaluations/${ev.id}`)).body;
    expect(stored).toMatchObject({
      total: res.body.total,
      grade: '差',
      finalGrade: '差',
      reviewTotal: null,
    });
    expect(Number(stored.total)).toBeLessThan(60);
  });

  it('refuses an overridden rule score without a reason', async () => {
    const targetId = await approvedTarget('EV-OVERRIDE');
    const ev = (await unit.post<Evaluation>('/api/evaluations', { targetId })).body;
    const indicators = ROWS.map((r, i) => ({
      ...r,
      actual: i === 0 ? '3万元' : i === 1 ? '200人次' : i === 3 ? '已完成' : '96%',
      ...(i === 0 ? { score: '5' } : {}),
    }));
    const res = await unit.put<ErrorBody>(`/api/evaluations/${ev.id}`, { ...ev, indicators });
    expect(res.status).toBe(400);
    expect(res.body.errors?.['indicators.0.reason']).toContain('规则得分');
  });
});

describe('部门整体 monitoring', () => {
  it('creates a monitoring report from an approved unit-wide target table', async () => {
    const [unitTarget] = (
      await unit.get<{ id: number }[]>(
        `/api/unit-targets${listQuery({ filter: { year: 2023, current: true } })}`,
      )
    ).body;
    const res = await unit.post<{ kind: string; spendPlan: unknown; indicators: unknown[] }>(
      '/api/monitoring',
      { unitTargetId: unitTarget.id, month: 7 },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'department', spendPlan: null });
    expect(res.body.indicators.length).toBeGreaterThan(20);
  });
});

describe('the seed-002 demo evaluations', () => {
  it('show the published totals and the 部门整体 table computed as 99.80 against the published 10', async () => {
    const list = await admin.get<Evaluation[]>(
      `/api/evaluations${listQuery({ filter: { year: 2023 }, sort: ['id', 'ASC'], range: [0, 99] })}`,
    );
    const projects = list.body.filter((e) => e.title !== '洛阳市西工区社区治理和服务创新办公室');
    expect(projects.map((e) => e.total)).toEqual([
      '95.13',
      '65.00',
      '98.81',
      '98.58',
      '80.00',
      '100.00',
      '80.00',
      '92.80',
      '100.00',
    ]);
    const grades = projects.map((e) => e.grade);
    expect({
      优: grades.filter((g) => g === '优').length,
      良: grades.filter((g) => g === '良').length,
      中: grades.filter((g) => g === '中').length,
    }).toEqual({ 优: 6, 良: 2, 中: 1 });
    const dept = list.body.find((e) => e.title === '洛阳市西工区社区治理和服务创新办公室');
    expect(dept).toMatchObject({
      total: '99.80',
      executionRate: '97.96',
      executionScore: '9.80',
      status: 'approved',
    });
    const full = (await admin.get<Evaluation>(`/api/evaluations/${dept?.id}`)).body;
    expect(full.result.findings.map((f) => f.code)).toContain('EXECUTION_SCORE_MISMATCH');
    const old = (await admin.get<Evaluation>(`/api/evaluations/${projects[1].id}`)).body;
    expect(
      old.result.findings.some(
        (f) => f.code === 'SCORE_OVERRIDDEN' && f.path === 'indicators[0].score',
      ),
    ).toBe(true);
  });
});

describe('抽评', () => {
  it('draws the same sample again with the same seed, only inside the finance user’s region', async () => {
    const first = await finance.post<{
      seed: string;
      population: number;
      evaluations: { id: number; orgName: string }[];
    }>('/api/evaluations/sample', { year: 2023, percent: '30', seed: 'xg-2023' });
    expect(first.status).toBe(200);
    expect(first.body.population).toBe(10);
    expect(first.body.evaluations).toHaveLength(3);
    const again = await finance.post<typeof first.body>('/api/evaluations/sample', {
      year: 2023,
      percent: '30',
      seed: 'xg-2023',
    });
    expect(again.body.evaluations.map((e) => e.id)).toEqual(
      first.body.evaluations.map((e) => e.id),
    );
    const other = await finance.post<typeof first.body>('/api/evaluations/sample', {
      year: 2023,
      percent: '30',
      seed: 'another-seed',
    });
    expect(other.body.evaluations).toHaveLength(3);

    // A finance bureau of another region never draws 西工区's evaluations.
    const regions = await admin.get<{ id: number; code: string }[]>(
      `/api/orgs${listQuery({ filter: { code: '410311' } })}`,
    );
    await admin.post('/api/users', {
      username: 'llfinance',
      name: '洛龙区财政局',
      role: 'finance',
      orgId: regions.body[0].id,
      password: 'Passw0rd!',
    });
    const luolongFinance = await new Api(t.url).login('llfinance', 'Passw0rd!');
    const theirs = await luolongFinance.post<typeof first.body>('/api/evaluations/sample', {
      year: 2023,
      percent: '100',
      seed: 'xg-2023',
    });
    expect(theirs.body).toMatchObject({ population: 0, evaluations: [] });
    const byHand = await luolongFinance.post<ErrorBody>('/api/evaluations/sample', {
      year: 2023,
      ids: [first.body.evaluations[0].id],
    });
    expect(byHand.status).toBe(400);
    expect(
      (await luolongFinance.get(`/api/evaluations/${first.body.evaluations[0].id}`)).status,
    ).toBe(404);
    expect((await unit.post('/api/evaluations/sample', { year: 2023 })).status).toBe(403);
  });
});
