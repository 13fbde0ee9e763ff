import {
  departmentToSheet,
  projectToSheet,
  SEED_002_DEPARTMENT,
  SEED_002_PROJECTS,
} from '../../server/modules/demo/data/seed-002';
import { Api, startApp, TestApp } from '../support/app';

interface Result {
  executionRate: string | null;
  executionScore: string;
  total: string;
  grade: string;
  findings: { code: string; path: string }[];
}
interface ErrorBody {
  code: string;
  message: string;
  errors?: Record<string, string>;
}

let t: TestApp;
let unit: Api;

beforeAll(async () => {
  t = await startApp();
  unit = await new Api(t.url).login('unit');
});
afterAll(async () => {
  await t?.close();
});

describe('POST /api/scoring/preview', () => {
  it('computes the nine seed-002 project tables to their published totals', async () => {
    const totals: string[] = [];
    for (const project of SEED_002_PROJECTS) {
      const res = await unit.post<Result>(
        '/api/scoring/preview',
        projectToSheet(project, { scores: 'published' }),
      );
      expect(res.status).toBe(200);
      totals.push(res.body.total);
    }
    expect(totals).toEqual([
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
  });

  it('computes the 部门整体自评表 as 99.80 and flags the published 10 points for 97.96%', async () => {
    const res = await unit.post<Result>(
      '/api/scoring/preview',
      departmentToSheet(SEED_002_DEPARTMENT, { scores: 'published' }),
    );
    expect(res.body).toMatchObject({
      executionRate: '97.96',
      executionScore: '9.80',
      total: '99.80',
      grade: '优',
    });
    expect(res.body.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['EXECUTION_SCORE_MISMATCH', 'TOTAL_MISMATCH']),
    );
  });

  it('refuses a malformed sheet with 400 naming the fields in Chinese, never 500', async () => {
    const res = await unit.post<ErrorBody>('/api/scoring/preview', {
      kind: 'project',
      budget: { initial: 3.2, adjusted: 'abc', executed: '1', weight: '10' },
      indicators: 'none',
      extra: 1,
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors ?? {})).toEqual(
      expect.arrayContaining(['budget.initial', 'budget.adjusted', 'indicators', 'extra']),
    );
    expect(res.body.errors?.['budget.adjusted']).toMatch(/全年预算数/);
    for (const body of ['[]', 'null', '"x"', '{"kind":"project","budget":null,"indicators":[]}']) {
      expect((await unit.request('POST', '/api/scoring/preview', body)).status).toBe(400);
    }
  });

  it('needs a login', async () => {
    expect((await new Api(t.url).post('/api/scoring/preview', {})).status).toBe(401);
  });
});
