import { Api, listQuery, startApp, TestApp } from '../support/app';

interface Row {
  level1: string;
  level2: string;
  name: string;
  target: string;
  basis?: string;
  parsed?: { kind: string; comparator?: string; value?: string; unit?: string };
}
interface Doc {
  id: number;
  status: string;
  version: number;
  revision: number;
  current: boolean;
  goals: string[];
  indicators: Row[];
  findings: { code: string; severity: string; path: string }[];
  history: { action: string; toStatus: string; userName: string; comment: string }[];
  actions: string[];
  project?: { code: string; name: string };
}
interface ErrorBody {
  code: string;
  message: string;
  errors?: Record<string, string>;
  findings?: { code: string; severity: string }[];
}
interface Project {
  id: number;
  code: string;
  name: string;
  version: number;
  amountTotal: string;
  spendPlan: Record<string, string>;
  orgName: string;
}

let t: TestApp;
let unit: Api;
let dept: Api;
let finance: Api;
let other: Api;
let luolong: Api;

const OUTPUT = {
  level1: '产出指标',
  level2: '数量指标',
  name: '培训人次',
  target: '≥200人次',
  basis: '年度培训计划',
};
const COST = {
  level1: '成本指标',
  level2: '经济成本指标',
  name: '培训总成本',
  target: '≤3.33 万元',
};
const EFFECT = {
  level1: '效益指标',
  level2: '社会效益指标',
  name: '社区治理能力',
  target: '显著提升',
};
const SATISFACTION = {
  level1: '满意度指标',
  level2: '服务对象满意度指标',
  name: '参训人员满意度',
  target: '≥95%',
};

beforeAll(async () => {
  t = await startApp();
  const anon = new Api(t.url);
  [unit, dept, finance, other, luolong] = await Promise.all(
    ['unit', 'dept', 'finance', 'jiedao', 'luolong'].map((u) => anon.login(u)),
  );
});
afterAll(async () => {
  await t?.close();
});

async function newProject(code: string): Promise<Project> {
  const res = await unit.post<Project>('/api/projects', {
    year: 2026,
    code,
    name: `社区工作者培训（${code}）`,
    type: 'specific',
    amountTotal: '3.33',
    amountFiscal: '3.33',
    amountSpecial: '0',
    amountOther: '0',
    purpose: '社区工作者业务培训',
    spendPlan: { q1: '10', q2: '50', q3: '80', q4: '100' },
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('绩效目标申报: the whole review path', () => {
  it('walks create → refused submit → return → resubmit → two approvals → locked → adjustment', async () => {
    const project = await newProject('E2E-001');
    expect(project.orgName).toBe('洛阳市西工区社区治理和服务创新办公室（本级）');

    // A table without a 满意度 category cannot be submitted.
    const created = await unit.post<Doc>('/api/targets', {
      projectId: project.id,
      goals: ['完成全年社区工作者培训'],
      indicators: [OUTPUT, COST, EFFECT],
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect(created.body.indicators[0].parsed).toMatchObject({
      kind: 'quantitative',
      comparator: '>=',
      value: '200',
      unit: '人次',
    });
    const refused = await unit.post<ErrorBody>(`/api/targets/${created.body.id}/submit`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('满意度');
    expect(
      refused.body.findings?.some((f) => f.code === 'EMPTY_LEVEL1' && f.severity === 'error'),
    ).toBe(true);
    expect((await unit.get<Doc>(`/api/targets/${created.body.id}`)).body.status).toBe('draft');

    // Fixed, then submitted.
    const fixed = await unit.put<Doc>(`/api/targets/${created.body.id}`, {
      ...created.body,
      indicators: [OUTPUT, COST, EFFECT, SATISFACTION],
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const submitted = await unit.post<Doc>(`/api/targets/${created.body.id}/submit`, {
      comment: '请审核',
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    // The unit cannot approve; finance cannot act before the department.
    expect((await unit.post(`/api/targets/${created.body.id}/approve`, {})).status).toBe(403);
    expect(
      (await finance.post<ErrorBody>(`/api/targets/${created.body.id}/approve`, {})).status,
    ).toBe(403);

    // The department returns it; a return needs a comment.
    expect(
      (await dept.post<ErrorBody>(`/api/targets/${created.body.id}/return`, { comment: '  ' }))
        .status,
    ).toBe(400);
    const returned = await dept.post<Doc>(`/api/targets/${created.body.id}/return`, {
      comment: '培训人次依据不足，请补充',
    });
    expect(returned.body.status).toBe('returned');

    // Fixed and resubmitted; department and finance approve.
    const current = (await unit.get<Doc>(`/api/targets/${created.body.id}`)).body;
    expect(current.actions).toEqual(expect.arrayContaining(['edit', 'submit']));
    const basisFixed = [
      { ...OUTPUT, basis: '2026年社区工作者培训计划（西社办〔2026〕3号）' },
      COST,
      EFFECT,
      SATISFACTION,
    ];
    expect(
      (await unit.put(`/api/targets/${created.body.id}`, { ...current, indicators: basisFixed }))
        .status,
    ).toBe(200);
    expect((await unit.post(`/api/targets/${created.body.id}/submit`, {})).status).toBe(200);
    expect(
      (await dept.post<Doc>(`/api/targets/${created.body.id}/approve`, { comment: '同意' })).body
        .status,
    ).toBe('dept_approved');
    expect((await dept.post<ErrorBody>(`/api/targets/${created.body.id}/approve`, {})).status).toBe(
      403,
    );
    const approved = await finance.post<Doc>(`/api/targets/${created.body.id}/approve`, {
      comment: '批复',
    });
    expect(approved.body).toMatchObject({ status: 'approved', current: true });

    // Approved tables and their projects are read-only.
    const locked = await unit.put<ErrorBody>(`/api/targets/${created.body.id}`, {
      ...approved.body,
      goals: ['改'],
    });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('INVALID_STATE');
    const p = (await unit.get<Project>(`/api/projects/${project.id}`)).body;
    expect(
      (await unit.put<ErrorBody>(`/api/projects/${project.id}`, { ...p, name: '改名' })).status,
    ).toBe(409);
    expect((await unit.post(`/api/targets/${created.body.id}/submit`, {})).status).toBe(409);

    // An adjustment is version 2, reviewed again, while version 1 stays the baseline.
    const adjusted = await unit.post<Doc>(`/api/targets/${created.body.id}/adjust`, {
      comment: '培训规模扩大',
    });
    expect(adjusted.status).toBe(201);
    expect(adjusted.body).toMatchObject({ revision: 2, status: 'draft', current: false });
    expect((await unit.post<ErrorBody>(`/api/targets/${created.body.id}/adjust`, {})).status).toBe(
      409,
    );
    const v2 = [{ ...OUTPUT, target: '≥300人次' }, COST, EFFECT, SATISFACTION];
    expect(
      (await unit.put(`/api/targets/${adjusted.body.id}`, { ...adjusted.body, indicators: v2 }))
        .status,
    ).toBe(200);
    expect((await unit.post(`/api/targets/${adjusted.body.id}/submit`, {})).status).toBe(200);
    expect((await unit.get<Doc>(`/api/targets/${created.body.id}`)).body.current).toBe(true);
    await dept.post(`/api/targets/${adjusted.body.id}/approve`, {});
    await finance.post(`/api/targets/${adjusted.body.id}/approve`, {});
    expect((await unit.get<Doc>(`/api/targets/${adjusted.body.id}`)).body).toMatchObject({
      status: 'approved',
      current: true,
    });
    expect((await unit.get<Doc>(`/api/targets/${created.body.id}`)).body).toMatchObject({
      status: 'approved',
      current: false,
    });

    // Both versions stay readable, with a diff, and the history shows every step.
    const all = await unit.get<Doc[]>(
      `/api/targets${listQuery({ filter: { projectId: project.id }, sort: ['revision', 'ASC'] })}`,
    );
    expect(all.body.map((d) => d.revision)).toEqual([1, 2]);
    const diff = await unit.get<{
      indicators: {
        change: string;
        name: string;
        before?: { target: string };
        after?: { target: string };
      }[];
    }>(`/api/targets/${adjusted.body.id}/diff`);
    expect(diff.body.indicators).toEqual([
      {
        change: 'changed',
        level1: '产出指标',
        level2: '数量指标',
        name: '培训人次',
        before: expect.objectContaining({ target: '≥200人次' }),
        after: expect.objectContaining({ target: '≥300人次' }),
      },
    ]);
    const history = (await unit.get<Doc>(`/api/targets/${created.body.id}`)).body.history;
    expect(history.map((h) => `${h.action}:${h.toStatus}`)).toEqual([
      'create:draft',
      'submit:submitted',
      'return:returned',
      'submit:submitted',
      'approve:dept_approved',
      'approve:approved',
    ]);
    expect(history[2]).toMatchObject({
      userName: '西工区社创办审核员',
      comment: '培训人次依据不足，请补充',
    });
  });
});

describe('scoping of projects and targets', () => {
  it('hides another unit’s projects and targets, and refuses to act on them', async () => {
    const theirs = (
      await luolong.get<Project[]>(
        `/api/projects${listQuery({ filter: { year: 2021 }, range: [0, 0] })}`,
      )
    ).body[0];
    expect(theirs).toBeDefined();
    expect((await unit.get(`/api/projects/${theirs.id}`)).status).toBe(404);
    const theirTarget = (await luolong.get<Doc[]>(`/api/targets${listQuery({ range: [0, 0] })}`))
      .body[0];
    expect((await unit.get(`/api/targets/${theirTarget.id}`)).status).toBe(404);
    expect((await unit.post(`/api/targets/${theirTarget.id}/adjust`, {})).status).toBe(404);
    expect(
      (await other.put(`/api/targets/${theirTarget.id}`, { version: 1, indicators: [] })).status,
    ).toBe(404);
    expect((await unit.post('/api/targets', { projectId: theirs.id, indicators: [] })).status).toBe(
      400,
    );
    const mine = await unit.get<Project[]>('/api/projects');
    expect(
      mine.body.every((p) => p.orgName === '洛阳市西工区社区治理和服务创新办公室（本级）'),
    ).toBe(true);
  });

  it('gives a department its own units only', async () => {
    const seen = await dept.get<Project[]>(`/api/projects${listQuery({ range: [0, 999] })}`);
    expect(seen.body.length).toBeGreaterThan(0);
    expect(
      seen.body.every((p) => p.orgName.startsWith('洛阳市西工区社区治理和服务创新办公室')),
    ).toBe(true);
    const xg = await finance.get<Project[]>(`/api/projects${listQuery({ range: [0, 999] })}`);
    expect(xg.body.some((p) => p.code === '410303220000000013467')).toBe(true);
    expect(xg.body.some((p) => p.code === '313001-1')).toBe(false);
  });

  it('answers 409 for an action in the wrong state', async () => {
    const project = await newProject('E2E-STATE');
    const doc = (
      await unit.post<Doc>('/api/targets', {
        projectId: project.id,
        indicators: [OUTPUT, SATISFACTION],
      })
    ).body;
    const res = await dept.post<ErrorBody>(`/api/targets/${doc.id}/approve`, {});
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('草稿');
  });
});

describe('concurrency', () => {
  it('accepts one of two saves made with the same version; the other gets 409 and loses nothing', async () => {
    const project = await newProject('E2E-CONC');
    const doc = (
      await unit.post<Doc>('/api/targets', {
        projectId: project.id,
        goals: ['原目标'],
        indicators: [OUTPUT, SATISFACTION],
      })
    ).body;
    const [a, b] = await Promise.all([
      unit.put<Doc>(`/api/targets/${doc.id}`, { ...doc, goals: ['甲的修改'] }),
      unit.put<Doc>(`/api/targets/${doc.id}`, { ...doc, goals: ['乙的修改'] }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? '甲的修改' : '乙的修改';
    const stored = (await unit.get<Doc>(`/api/targets/${doc.id}`)).body;
    expect(stored.goals).toEqual([winner]);
    expect(stored.indicators).toHaveLength(2);
  });

  it('lets only one of two simultaneous approvals through', async () => {
    const project = await newProject('E2E-RACE');
    const doc = (
      await unit.post<Doc>('/api/targets', {
        projectId: project.id,
        indicators: [OUTPUT, SATISFACTION],
      })
    ).body;
    await unit.post(`/api/targets/${doc.id}/submit`, {});
    const results = await Promise.all([
      dept.post(`/api/targets/${doc.id}/approve`, {}),
      dept.post(`/api/targets/${doc.id}/approve`, {}),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const history = (await unit.get<Doc>(`/api/targets/${doc.id}`)).body.history;
    expect(history.filter((h) => h.action === 'approve')).toHaveLength(1);
  });
});

describe('the demo tables from the seeds', () => {
  it('loads 南大港 2020 with amounts, plans and indicators exactly as published', async () => {
    const admin = await new Api(t.url).login('admin');
    const [p] = (
      await admin.get<Project[]>(
        `/api/projects${listQuery({ filter: { code: '555-0101-JQN-UXGG' } })}`,
      )
    ).body;
    expect(p).toMatchObject({
      name: '环保工作经费',
      amountTotal: '1',
      spendPlan: { q1: '', q2: '50', q3: '80', q4: '100' },
    });
    const [target] = (
      await admin.get<Doc[]>(`/api/targets${listQuery({ filter: { projectId: p.id } })}`)
    ).body;
    const doc = (await admin.get<Doc>(`/api/targets/${target.id}`)).body;
    expect(doc.status).toBe('approved');
    expect(doc.indicators.map((i) => i.target)).toEqual([
      '≥2次',
      '≥95%',
      '1万元',
      '≥95%',
      '能对环境保护起到监督和引导的作用',
      '≥80%',
    ]);
  });

  it('loads 洛龙区 2021 and flags what is wrong in it', async () => {
    const admin = await new Api(t.url).login('admin');
    const [p] = (
      await admin.get<Project[]>(`/api/projects${listQuery({ filter: { code: '313001-2' } })}`)
    ).body;
    expect(p).toMatchObject({ name: '基层社区服务经费', amountTotal: '205.22' });
    const [target] = (
      await admin.get<Doc[]>(`/api/targets${listQuery({ filter: { projectId: p.id } })}`)
    ).body;
    const doc = (await admin.get<Doc>(`/api/targets/${target.id}`)).body;
    expect(doc.indicators.find((i) => i.name === '社区户数')).toMatchObject({
      target: '23.7173万',
      parsed: { kind: 'quantitative', value: '23.7173' },
    });
    const [unitWide] = (
      await admin.get<Doc[]>(`/api/unit-targets${listQuery({ filter: { year: 2021 } })}`)
    ).body;
    const full = (await admin.get<Doc>(`/api/unit-targets/${unitWide.id}`)).body;
    const vague = full.indicators.findIndex((i) => i.target === '有限性');
    expect(vague).toBeGreaterThanOrEqual(0);
    expect(
      full.findings.some(
        (f) => f.code === 'UNMEASURABLE_TARGET' && f.path === `indicators[${vague}].target`,
      ),
    ).toBe(true);
  });
});

describe('待办', () => {
  it('shows each role what waits for it', async () => {
    const project = await newProject('E2E-TODO');
    const doc = (
      await unit.post<Doc>('/api/targets', {
        projectId: project.id,
        indicators: [OUTPUT, EFFECT, SATISFACTION],
      })
    ).body;
    const mine = await unit.get<{ resource: string; docId: number; task: string }[]>(
      `/api/todos${listQuery({ range: [0, 99] })}`,
    );
    expect(mine.body.find((x) => x.docId === doc.id && x.resource === 'targets')?.task).toBe(
      '填写并提交',
    );
    await unit.post(`/api/targets/${doc.id}/submit`, {});
    const deptTodos = await dept.get<{ docId: number; task: string }[]>(
      `/api/todos${listQuery({ range: [0, 99] })}`,
    );
    expect(deptTodos.body.find((x) => x.docId === doc.id)?.task).toBe('主管部门审核');
    expect(
      (await other.get<{ docId: number }[]>('/api/todos')).body.some((x) => x.docId === doc.id),
    ).toBe(false);
    expect(
      (await finance.get<{ docId: number }[]>('/api/todos')).body.some((x) => x.docId === doc.id),
    ).toBe(false);
  });
});
