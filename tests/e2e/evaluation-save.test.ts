import { DataSource } from 'typeorm';
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
  summary: string;
  result: { findings: { code: string; severity: string }[] };
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

/** The derived finding rows of an evaluation, in the order they were written. */
const findingRows = async (id: number) =>
  t.app
    .get(DataSource)
    .query<{ id: number; code: string; severity: string }[]>(
      'SELECT id, code, severity FROM evaluation_findings WHERE evaluationId = ? ORDER BY id',
      [id],
    );
const codes = (findings: { code: string; severity: string }[]) =>
  findings.map((f) => `${f.code}/${f.severity}`);

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

    // The finding rows follow the stored result.
    const written = await findingRows(ev.id);
    expect(codes(written)).toEqual(codes(read.body.result.findings));

    // Only the summary changes: same findings, the rows are left as they are.
    const again = await unit.put<Evaluation>(`/api/evaluations/${ev.id}`, {
      budget: ev.budget,
      fundManagement: ev.fundManagement,
      indicators,
      summary: '全年完成培训任务，另开展两期回访',
      version: saved.body.version,
    });
    expect(again.status).toBe(200);
    expect(again.body.summary).toBe('全年完成培训任务，另开展两期回访');
    expect(again.body).toEqual((await unit.get<Evaluation>(`/api/evaluations/${ev.id}`)).body);
    expect(await findingRows(ev.id)).toEqual(written);

    // Different findings: the rows are replaced.
    const changed = await unit.put<Evaluation>(`/api/evaluations/${ev.id}`, {
      budget: ev.budget,
      fundManagement: ev.fundManagement,
      indicators: indicators.map((r) => ({
        ...r,
        actual: '',
        level: null,
        score: null,
        reason: '',
      })),
      version: again.body.version,
    });
    expect(changed.status).toBe(200);
    expect(codes(changed.body.result.findings)).not.toEqual(codes(read.body.result.findings));
    expect(codes(await findingRows(ev.id))).toEqual(codes(changed.body.result.findings));

    const rows = await audits(ev.id);
    const update = rows.filter((a) => a.action === 'update');
    expect(update).toHaveLength(3);
    const first = update.find((a) => a.before?.total === ev.total);
    expect(first?.after?.total).toBe(saved.body.total);
    expect(first?.after?.indicators).toHaveLength(TRAINING_ROWS.length);
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
