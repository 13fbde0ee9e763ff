import { Dec } from '../../shared/decimal';
import { Api, startApp, TestApp } from '../support/app';
import { approvedTarget, TRAINING_ROWS } from '../support/factories';

interface Evaluation {
  id: number;
  version: number;
  total: string;
  status: string;
  result: { executionScore: string; fundManagementScore: string; indicatorScore: string };
  indicators: { computed: { score: string } | null }[];
  history: { action: string }[];
}

let t: TestApp;
let unit: Api;
let dept: Api;
let finance: Api;

beforeAll(async () => {
  t = await startApp();
  const anon = new Api(t.url);
  [unit, dept, finance] = await Promise.all(['unit', 'dept', 'finance'].map((u) => anon.login(u)));
});
afterAll(async () => {
  await t?.close();
});

describe('50 clients editing one self-evaluation', () => {
  it('saves exactly one edit per version read, answers 409 to the rest, and keeps the stored figures consistent', async () => {
    const targetId = await approvedTarget({ unit, dept, finance }, 'CONC-50');
    const ev = (await unit.post<Evaluation>('/api/evaluations', { targetId })).body;
    const clients = Array.from({ length: 50 }, (_, i) => i);
    // Every client read the same version and writes a different actual value for 培训人次.
    const results = await Promise.all(
      clients.map((i) =>
        unit.put<Evaluation>(`/api/evaluations/${ev.id}`, {
          ...ev,
          indicators: TRAINING_ROWS.map((r, k) => ({
            ...r,
            actual: k === 1 ? `${100 + i}人次` : k === 3 ? '已完成' : k === 0 ? '3万元' : '96%',
            reason: k === 1 ? '未完成' : '',
          })),
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);

    // The winner's figures are the stored ones, and the total is the sum of the stored rows.
    const winner = results.find((r) => r.status === 200)?.body as Evaluation;
    const stored = (await unit.get<Evaluation>(`/api/evaluations/${ev.id}`)).body;
    expect(stored.version).toBe(winner.version);
    expect(stored.total).toBe(winner.total);
    const rows = stored.indicators.reduce(
      (sum, r) => sum.plus(r.computed?.score ?? '0'),
      new Dec(0),
    );
    expect(rows.toFixed(2)).toBe(stored.result.indicatorScore);
    expect(
      new Dec(stored.result.executionScore)
        .plus(stored.result.fundManagementScore)
        .plus(stored.result.indicatorScore)
        .toFixed(2),
    ).toBe(stored.total);

    // Sequential edits, each with the version just read, all succeed.
    let current = stored;
    for (let i = 0; i < 5; i += 1) {
      const res = await unit.put<Evaluation>(`/api/evaluations/${ev.id}`, {
        ...current,
        indicators: TRAINING_ROWS.map((r) => ({
          ...r,
          actual:
            r.name === '社区治理能力'
              ? '已完成'
              : r.name === '培训人次'
                ? `${200 + i}人次`
                : r.name === '培训总成本'
                  ? '3万元'
                  : '96%',
        })),
      });
      expect(res.status).toBe(200);
      current = res.body;
    }
    expect(current.version).toBe(stored.version + 5);
  });

  it('lets one of two simultaneous approvals through', async () => {
    const targetId = await approvedTarget({ unit, dept, finance }, 'CONC-APPROVE');
    const ev = (await unit.post<Evaluation>('/api/evaluations', { targetId })).body;
    await unit.put(`/api/evaluations/${ev.id}`, {
      ...ev,
      indicators: TRAINING_ROWS.map((r) => ({
        ...r,
        actual:
          r.name === '社区治理能力'
            ? '已完成'
            : r.name === '培训人次'
              ? '200人次'
              : r.name === '培训总成本'
                ? '3万元'
                : '96%',
      })),
    });
    expect((await unit.post(`/api/evaluations/${ev.id}/submit`, {})).status).toBe(200);
    const both = await Promise.all([
      dept.post(`/api/evaluations/${ev.id}/approve`, {}),
      dept.post(`/api/evaluations/${ev.id}/approve`, {}),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const history = (await unit.get<Evaluation>(`/api/evaluations/${ev.id}`)).body.history;
    expect(history.filter((h) => h.action === 'approve')).toHaveLength(1);
  });
});
