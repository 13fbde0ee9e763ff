// Save benchmark: a unit's clerk (bench-unit) saves draft self-evaluations of 20 indicators —
// `PUT /api/evaluations/:id` with the record's version, which validates the body, scores the sheet,
// rewrites the indicator rows (and the finding rows when the findings change), writes the audit
// row and answers the saved record — against the built server in production mode on the province
// dataset, each save changing the 实际完成值. Baseline, in the same run: the same UPDATE of the
// evaluation (version-checked), the 20 indicator rows (delete and one multi-row insert) and the
// audit row insert in one transaction with raw mysql2, values computed before the clock starts.
// The API and the baseline alternate save by save, each on its own half of the unit's drafts, so
// that a busy moment of a shared machine falls on both. p50 and p95 of both; goal: API p95 ≤ 3 ×
// the baseline's p95. BENCH_SAVES sets the number of saves of each (500, --quick 100).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  DATABASE,
  dataset,
  DRAFT_INDICATORS,
  draftRows,
  MYSQL,
  PASSWORD,
  REDIS,
  SCALES,
} from './dataset.mjs';
import { connect, ensureBuilt, percentile, ROOT, round2, startServer } from './lib.mjs';

export const name = 'save';

const GOAL = 3;
const require = createRequire(import.meta.url);

/** The body the console's form sends for a draft, with the 实际完成值 of `variant`. */
function body(record, n, variant) {
  return {
    template: record.template,
    budget: record.budget,
    fundManagement: record.fundManagement,
    indicators: draftRows(n, variant),
    summary: `第 ${variant} 次保存`,
    version: record.version,
  };
}

const INDICATOR_COLUMNS = [
  'evaluationId',
  'ordinal',
  'level1',
  'level2',
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'level',
  'applicable',
  'reason',
  'basis',
  'finalScore',
];

/** The baseline: the rows a save writes, in one transaction, values prepared beforehand. */
async function rawSave(conn, w) {
  await conn.beginTransaction();
  try {
    const [updated] = await conn.query(
      `UPDATE evaluations SET template = ?, budgetInitial = ?, budgetAdjusted = ?, budgetExecuted = ?,
         budgetWeight = ?, fundManagement = ?, summary = ?, result = ?, total = ?, grade = ?,
         executionRate = ?, executionScore = ?, finalGrade = ?, version = version + 1,
         updatedAt = CURRENT_TIMESTAMP(6)
       WHERE id = ? AND version = ?`,
      [...w.set, w.id, w.version],
    );
    if (updated.affectedRows !== 1) throw new Error(`baseline: evaluation ${w.id} is stale`);
    await conn.query('DELETE FROM evaluation_indicators WHERE evaluationId = ?', [w.id]);
    await conn.query(
      `INSERT INTO evaluation_indicators (${INDICATOR_COLUMNS.join(', ')}) VALUES ?`,
      [w.rows],
    );
    await conn.query(
      `INSERT INTO audit_logs (userId, username, action, resource, resourceId, orgPath, \`before\`, \`after\`)
       VALUES (?, 'bench-unit', 'update', 'evaluations', ?, ?, ?, ?)`,
      [w.userId, String(w.id), w.orgPath, w.before, w.after],
    );
    await conn.commit();
    w.version += 1;
  } catch (error) {
    await conn.rollback();
    throw error;
  }
}

export async function run({ quick, log }) {
  const scale = quick ? SCALES.quick : SCALES.full;
  const saves = Number(process.env.BENCH_SAVES ?? (quick ? 100 : 500));
  const warmup = quick ? 10 : 20;
  ensureBuilt(log);
  await dataset(scale, log);
  const { score } = require(join(ROOT, 'dist/server/modules/evaluations/sheet.js'));

  const server = await startServer({
    DATABASE_URL: `${MYSQL}/${DATABASE}`,
    REDIS_URL: REDIS,
    JWT_SECRET: randomBytes(36).toString('base64'),
    DEMO_DATA: 'false',
  });
  const conn = await connect(MYSQL, DATABASE);
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench-unit', password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { accessToken, user } = await login.json();
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    const api = async (method, path, payload) => {
      const res = await fetch(`${server.url}/api${path}`, {
        method,
        headers,
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      const text = await res.text();
      if (res.status !== 200)
        throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
      return JSON.parse(text);
    };

    // The unit's drafts of 20 indicators, as the console loads them.
    const query = new URLSearchParams({
      filter: JSON.stringify({ status: 'draft', q: '自评基准项目' }),
      sort: JSON.stringify(['id', 'ASC']),
      range: JSON.stringify([0, 999]),
    });
    const listed = await api('GET', `/evaluations?${query}`);
    const drafts = [];
    for (const { id } of listed) {
      const record = await api('GET', `/evaluations/${id}`);
      if (record.indicators.length === DRAFT_INDICATORS) drafts.push(record);
    }
    if (drafts.length < 20)
      throw new Error(`bench-unit has ${drafts.length} drafts of 20 indicators`);
    const nOf = (record) => Number(/自评基准项目(\d+)/.exec(record.title)[1]);
    const [[{ audits: auditsBefore }]] = await conn.query(
      `SELECT COUNT(*) AS audits FROM audit_logs WHERE resource = 'evaluations' AND action = 'update'`,
    );

    // Half of the drafts for the API, the other half for the baseline: the two alternate, save
    // by save, so that both see the same moments of a shared machine.
    const half = Math.floor(drafts.length / 2);
    const apiDrafts = drafts.slice(0, half);
    const rawDrafts = drafts.slice(half);
    const [orgs] = await conn.query('SELECT path FROM orgs WHERE id = ?', [user.orgId]);
    const orgPath = orgs[0].path;

    // ——— the API: validate, score, persist, audit, answer the saved record ———
    const apiSave = async (i) => {
      const record = apiDrafts[i % half];
      const variant = Math.floor(i / half) + 1 + Date.now(); // a new 实际完成值 each time
      const payload = body(record, nOf(record), variant);
      const t0 = performance.now();
      const saved = await api('PUT', `/evaluations/${record.id}`, payload);
      const ms = performance.now() - t0;
      if (saved.version !== record.version + 1 || saved.indicators.length !== DRAFT_INDICATORS)
        throw new Error(`evaluation ${record.id} saved as version ${saved.version}`);
      apiDrafts[i % half] = saved;
      return ms;
    };

    // ——— the baseline: the same writes, values computed before the clock starts ———
    const prepare = (i) => {
      const record = rawDrafts[i % rawDrafts.length];
      const variant = Math.floor(i / rawDrafts.length) + 1 + Date.now();
      const b = body(record, nOf(record), variant);
      const sheet = {
        kind: record.kind,
        template: b.template,
        budgetInitial: b.budget.initial,
        budgetAdjusted: b.budget.adjusted,
        budgetExecuted: b.budget.executed,
        budgetWeight: b.budget.weight,
        fundManagement: b.fundManagement,
        reported: null,
        summary: b.summary,
      };
      const result = score(sheet, b.indicators);
      const rows = b.indicators.map((r, ordinal) => [
        record.id,
        ordinal,
        r.level1,
        r.level2,
        r.name,
        r.target,
        r.actual,
        r.weight,
        r.score,
        r.level,
        r.applicable ? 1 : 0,
        r.reason,
        r.basis,
        result.indicators[ordinal]?.applicable ? result.indicators[ordinal].score : null,
      ]);
      const w = {
        id: record.id,
        version: record.version,
        userId: user.id,
        orgPath,
        set: [
          b.template,
          b.budget.initial,
          b.budget.adjusted,
          b.budget.executed,
          b.budget.weight,
          JSON.stringify(b.fundManagement),
          b.summary,
          JSON.stringify(result),
          result.total,
          result.grade,
          result.executionRate,
          result.executionScore,
          result.grade,
        ],
        rows,
        before: JSON.stringify({
          total: record.total,
          grade: record.grade,
          indicators: record.indicators,
        }),
        after: JSON.stringify({
          total: result.total,
          grade: result.grade,
          indicators: b.indicators,
        }),
      };
      record.version += 1; // the version the next write of this draft expects
      return w;
    };
    const rawTimed = async (i) => {
      const w = prepare(i);
      const t0 = performance.now();
      await rawSave(conn, w);
      return performance.now() - t0;
    };

    const apiTimes = [];
    const sqlTimes = [];
    for (let i = 0; i < warmup + saves; i += 1) {
      const a = await apiSave(i);
      const b = await rawTimed(i);
      if (i >= warmup) {
        apiTimes.push(a);
        sqlTimes.push(b);
      }
    }

    // The saves happened: one audit row each, 20 indicator rows, the stored total is the scored one.
    const [[{ audits }]] = await conn.query(
      `SELECT COUNT(*) AS audits FROM audit_logs WHERE resource = 'evaluations' AND action = 'update'`,
    );
    if (Number(audits) - Number(auditsBefore) !== 2 * (saves + warmup))
      throw new Error(
        `${2 * (saves + warmup)} saves wrote ${Number(audits) - Number(auditsBefore)} audit rows`,
      );
    const probe = apiDrafts[0];
    const [[stored]] = await conn.query(
      'SELECT total, version, (SELECT COUNT(*) FROM evaluation_indicators WHERE evaluationId = e.id) AS n FROM evaluations e WHERE id = ?',
      [probe.id],
    );
    if (
      stored.total !== probe.total ||
      Number(stored.n) !== DRAFT_INDICATORS ||
      stored.version !== probe.version
    )
      throw new Error(`evaluation ${probe.id} stored ${JSON.stringify(stored)}`);

    const result = (p) => {
      const value = round2(percentile(apiTimes, p));
      const baseline = round2(percentile(sqlTimes, p));
      const ratio = round2(value / baseline);
      return {
        name: `save-evaluation-p${p}`,
        unit: 'ms',
        value,
        baseline,
        ratio,
        goal: `≤ ${GOAL} × raw mysql2 transaction`,
        met: ratio <= GOAL,
      };
    };
    log(
      `${saves} saves each (after ${warmup} warm-up), API and baseline alternating, each on its own ${half} drafts of ${DRAFT_INDICATORS} indicators, ${quick ? 'quick' : 'full'} dataset`,
    );
    const p50 = result(50);
    const p95 = result(95);
    // The goal is on p95; p50 is reported beside it.
    p50.goal = 'reported beside p95';
    p50.met = true;
    return [p50, p95];
  } finally {
    await conn.end();
    await server.stop();
  }
}
