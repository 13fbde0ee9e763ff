import { Api, listQuery, startApp, TestApp } from '../support/app';
import { approvedTarget, TRAINING_ROWS } from '../support/factories';

/**
 * Saving a self-evaluation answers the record as it was stored: the answer is built from the rows
 * just written rather than read back, so it must equal what a later GET reads from the database.
 */
interface Evaluation {
  id: number;
  version: number;
  total: string;
  indicators: { weight: string; score: string | null; reason: string }[];
  fundManagement: { item: string; weight: string; score: string }[];
  budget: { initial: string; adjusted: string; executed: string; weight: string };
}
interface AuditRow {
  action: string;
  resourceId: string;
  before: { total: string } | null;
  after: { total: string; indicators: unknown[] } | null;
}

let t: TestApp;
let admin: Api;
let unit: Api;
let dept: Api;
let finance: Api;

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

const audits = async (id: number) =>
  (
    await admin.get<AuditRow[]>(
      `/api/audit-logs${listQuery({ filter: { resource: 'evaluations' }, range: [0, 999] })}`,
    )
  ).body.filter((a) => a.resourceId === String(id));

describe('PUT /api/evaluations/:id', () => {
  it('answers exactly what GET reads back, decimals as stored', async () => {
    const targetId = await approvedTarget({ unit, dept, finance }, 'SAVE-001');
    const created = await unit.post<Evaluation>('/api/evaluations', { targetId });
    expect(created.status).toBe(201);
    const ev = created.body;
    const indicators = TRAINING_ROWS.map((r, i) => ({
      ...r,
      // Written with trailing zeros: stored as DECIMAL, read back canonical.
      weight: `${r.weight}.00`,
      actual: ['3.1万元', '210人次', '96%', '显著提升', '97%'][i],
      level: i === 3 ? '达成' : null,
      score: i === 2 ? '9.5000' : null,
      reason: i === 2 ? '抽查两期培训记录，合格率按实际核定  ' : '',
      applicable: i !== 4,
    }));
    const saved = await unit.put<Evaluation>(`/api/evaluations/${ev.id}`, {
      budget: ev.budget,
      fundManagement: ev.fundManagement,
      indicators,
      summary: '全年完成培训任务',
      version: ev.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(ev.version + 1);
    expect(saved.body.indicators.map((r) => r.weight)).toEqual(['10', '20', '10', '20', '10']);
    expect(saved.body.indicators[2].score).toBe('9.5');
    const read = await unit.get<Evaluation>(`/api/evaluations/${ev.id}`);
    expect(read.status).toBe(200);
    expect(saved.body).toEqual(read.body);

    const rows = await audits(ev.id);
    const update = rows.filter((a) => a.action === 'update');
    expect(update).toHaveLength(1);
    expect(update[0].before?.total).toBe(ev.total);
    expect(update[0].after?.total).toBe(saved.body.total);
    expect(update[0].after?.indicators).toHaveLength(TRAINING_ROWS.length);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const targetId = await approvedTarget({ unit, dept, finance }, 'SAVE-002');
    const ev = (await unit.post<Evaluation>('/api/evaluations', { targetId })).body;
    const body = {
      budget: ev.budget,
      fundManagement: ev.fundManagement,
      indicators: TRAINING_ROWS.map((r) => ({ ...r, actual: '' })),
      version: ev.version,
    };
    expect((await unit.put(`/api/evaluations/${ev.id}`, body)).status).toBe(200);
    const after = await unit.get<Evaluation>(`/api/evaluations/${ev.id}`);
    const stale = await unit.put<{ code: string }>(`/api/evaluations/${ev.id}`, {
      ...body,
      indicators: TRAINING_ROWS.map((r) => ({ ...r, actual: '1人次' })),
    });
    expect(stale.status).toBe(409);
    expect((await unit.get<Evaluation>(`/api/evaluations/${ev.id}`)).body).toEqual(after.body);
    expect((await audits(ev.id)).filter((a) => a.action === 'update')).toHaveLength(1);
  });
});
