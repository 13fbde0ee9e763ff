// Dashboard benchmark: the province dataset of dataset.mjs, the built server against it in
// production mode, and the region-level dashboard API's p50/p95 latency over N authenticated
// requests from this process — beside the same aggregates as one raw SQL statement through mysql2,
// timed in the same run, one request of each in turn (300 each, BENCH_REQUESTS). Goal: API ≤ 1.5 ×
// raw SQL.
import { randomBytes } from 'node:crypto';
import { DATABASE, dataset, MYSQL, PASSWORD, REDIS, SCALES, YEAR } from './dataset.mjs';
import { connect, ensureBuilt, percentile, round2, startServer } from './lib.mjs';

export const name = 'dashboard';

const GOAL = 1.5;

// ——— the baseline: the dashboard's aggregates as one statement ———

function baselineSql(region) {
  const path = region.path;
  // The department a row of the region falls under (the service's key below a region).
  const key = `CASE WHEN o.id = ${region.id} THEN 0 WHEN o.parentId = ${region.id} THEN o.id ELSE o.parentId END`;
  const counted = `('submitted', 'dept_approved', 'approved')`;
  const none = 'NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL';
  const latest = `NOT EXISTS (SELECT 1 FROM monitoring_reports l
      WHERE l.targetId = m.targetId AND l.month > m.month AND l.status IN ${counted})`;
  const sql = `
    SELECT 'projects' AS q, ${key} AS child, p.year AS y, '' AS s, COUNT(*) AS n, ${none}
    FROM projects p JOIN orgs o ON o.id = p.orgId
    WHERE o.path LIKE ? AND p.year IN (?, ?) GROUP BY child, p.year
    UNION ALL
    SELECT 'targets', ${key} AS child, ${YEAR}, t.status, COUNT(*), ${none}
    FROM targets t JOIN orgs o ON o.id = t.orgId
    WHERE o.path LIKE ? AND t.year = ? GROUP BY child, t.status
    UNION ALL
    SELECT 'monitoring', ${key} AS child, ${YEAR}, m.status, COUNT(*), ${none}
    FROM monitoring_reports m JOIN orgs o ON o.id = m.orgId
    WHERE o.path LIKE ? AND m.year = ? GROUP BY child, m.status
    UNION ALL
    SELECT 'evaluations', ${key} AS child, e.year, CONCAT(e.kind, ':', e.status), COUNT(*),
      SUM(e.budgetAdjusted), SUM(e.budgetExecuted), SUM(e.total),
      SUM(CASE WHEN e.finalGrade = '优' THEN 1 ELSE 0 END),
      SUM(CASE WHEN e.finalGrade = '良' THEN 1 ELSE 0 END),
      SUM(CASE WHEN e.finalGrade = '中' THEN 1 ELSE 0 END),
      SUM(CASE WHEN e.finalGrade = '差' THEN 1 ELSE 0 END),
      SUM(CASE WHEN e.total < 60 THEN 1 ELSE 0 END),
      SUM(CASE WHEN e.total >= 60 AND e.total < 70 THEN 1 ELSE 0 END),
      SUM(CASE WHEN e.total >= 70 AND e.total < 80 THEN 1 ELSE 0 END),
      SUM(CASE WHEN e.total >= 80 AND e.total < 90 THEN 1 ELSE 0 END),
      SUM(CASE WHEN e.total >= 90 THEN 1 ELSE 0 END)
    FROM evaluations e JOIN orgs o ON o.id = e.orgId
    WHERE o.path LIKE ? AND e.year IN (?, ?) GROUP BY child, e.year, e.kind, e.status
    UNION ALL
    SELECT 'lights', ${key} AS child, m.year, m.overallLight, COUNT(*), ${none}
    FROM monitoring_reports m JOIN orgs o ON o.id = m.orgId
    WHERE o.path LIKE ? AND m.year IN (?, ?) AND m.kind = 'project' AND m.status IN ${counted}
      AND ${latest}
    GROUP BY child, m.year, m.overallLight
    UNION ALL
    (SELECT 'lagging', m.title, m.month, m.overallLight, m.id, m.budget, m.executed, t.projectId,
       o.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
     FROM monitoring_reports m JOIN orgs o ON o.id = m.orgId LEFT JOIN targets t ON t.id = m.targetId
     WHERE o.path LIKE ? AND m.year = ? AND m.kind = 'project' AND m.status IN ${counted}
       AND m.overallLight IN ('red', 'yellow') AND ${latest}
     ORDER BY CASE WHEN m.overallLight = 'red' THEN 0 ELSE 1 END, m.title, m.id LIMIT 50)
    UNION ALL
    (SELECT 'findings', f.code, ${YEAR}, '', COUNT(*), COUNT(DISTINCT f.evaluationId),
       SUM(CASE WHEN f.severity = 'error' THEN 1 ELSE 0 END),
       SUM(CASE WHEN f.severity = 'warning' THEN 1 ELSE 0 END),
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
     FROM evaluation_findings f JOIN evaluations e ON e.id = f.evaluationId
       JOIN orgs o ON o.id = e.orgId
     WHERE o.path LIKE ? AND e.year = ? AND e.status IN ${counted}
     GROUP BY f.code ORDER BY COUNT(*) DESC, f.code LIMIT 10)
    UNION ALL
    SELECT 'rectifications', ${key} AS child, ${YEAR}, r.status, COUNT(*),
      SUM(CASE WHEN r.status <> 'closed' AND r.deadline < ? THEN 1 ELSE 0 END), ${none.slice(6)}
    FROM rectifications r JOIN orgs o ON o.id = r.orgId
    WHERE o.path LIKE ? AND r.year = ? GROUP BY child, r.status`;
  const like = `${path}%`;
  const today = new Date().toISOString().slice(0, 10);
  const params = [
    like,
    YEAR,
    YEAR - 1,
    like,
    YEAR,
    like,
    YEAR,
    like,
    YEAR,
    YEAR - 1,
    like,
    YEAR,
    YEAR - 1,
    like,
    YEAR,
    like,
    YEAR,
    today,
    like,
    YEAR,
  ];
  return { sql, params };
}

// ——— the measurement ———

export async function run({ quick, log }) {
  const scale = quick ? SCALES.quick : SCALES.full;
  const requests = Number(process.env.BENCH_REQUESTS ?? 300);
  const warmup = 20;
  ensureBuilt(log);
  await dataset(scale, log);

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
      body: JSON.stringify({ username: 'bench-finance', password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { accessToken, user } = await login.json();
    const headers = { authorization: `Bearer ${accessToken}` };
    const [[region]] = await conn.query('SELECT id, path FROM orgs WHERE id = ?', [user.orgId]);
    const { sql, params } = baselineSql(region);

    // The two must agree before their times mean anything.
    const api = await (await fetch(`${server.url}/api/dashboard?year=${YEAR}`, { headers })).json();
    const [rows] = await conn.query(sql, params);
    const counted = rows.filter(
      (r) =>
        r.q === 'evaluations' &&
        Number(r.y) === YEAR &&
        /^project:(submitted|dept_approved|approved)$/.test(r.s),
    );
    const evaluations = counted.reduce((a, r) => a + Number(r.n), 0);
    if (api.evaluations !== evaluations)
      throw new Error(`API counts ${api.evaluations} evaluations, the raw SQL ${evaluations}`);
    log(
      `region ${region.path}: ${api.projects} projects, ${api.evaluations} evaluations, ` +
        `${api.children.length} departments, budget ${api.budget.adjusted} / ${api.budget.executed} (${api.budget.rate}%)`,
    );

    const callApi = async () => {
      const res = await fetch(`${server.url}/api/dashboard?year=${YEAR}`, { headers });
      if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
      await res.arrayBuffer();
    };
    const callSql = () => conn.query(sql, params);
    // Alternated one by one, so that both meet the same moments of a busy machine.
    for (let i = 0; i < warmup; i += 1) await Promise.all([callApi(), callSql()]);
    const apiTimes = [];
    const sqlTimes = [];
    for (let i = 0; i < requests; i += 1) {
      for (const [fn, times] of [
        [callApi, apiTimes],
        [callSql, sqlTimes],
      ]) {
        const t0 = performance.now();
        await fn();
        times.push(performance.now() - t0);
      }
    }
    const result = (p) => {
      const value = round2(percentile(apiTimes, p));
      const baseline = round2(percentile(sqlTimes, p));
      const ratio = round2(value / baseline);
      return {
        name: `dashboard-region-p${p}`,
        unit: 'ms',
        value,
        baseline,
        ratio,
        goal: `≤ ${GOAL} × raw SQL`,
        met: ratio <= GOAL,
      };
    };
    log(
      `${requests} requests each, API and raw SQL in turn (after ${warmup} warm-up), ${quick ? 'quick' : 'full'} dataset`,
    );
    return [result(50), result(95)];
  } finally {
    await conn.end();
    await server.stop();
  }
}
