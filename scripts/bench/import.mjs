// Import benchmark: an .xlsx of 10,000 indicator rows imported through the product — POST /api/imports (multipart), the import job in a separate worker process (the API
// runs with WORKERS=false), read, checked, written as drafts in one transaction — timed from the
// POST until the job has completed (polled every 20 ms). The workbook is written with the
// product's own export layout: SHEETS 项目（政策）绩效目标表 of ROWS indicator rows each (a target
// table takes at most 300 rows; IMPORT_MAX_ROWS, 10,000 by default, caps the file), one per
// project of bench-import's unit, so every sheet becomes a new draft target.
//
// Baseline, in the same run: exceljs reading the same file (load + the indicator rows of every
// sheet) plus one multi-row INSERT of the same rows into target_indicators with mysql2 (the same
// column values, the 指标值 parsed by the product's parser as the product stores it). Both are
// checked: the job must have created SHEETS drafts holding all the rows, the baseline must have
// inserted all the rows; both are removed again, so every round starts from the same state.
// After one untimed round of each (a worker that has imported before, a warm baseline), the median
// of 5 rounds (--quick: 2). Goal: product ≤ 2 × baseline.
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DATABASE, dataset, IMPORT_PROJECTS, MYSQL, SCALES, YEAR } from './dataset.mjs';
import { connect, ensureBuilt, percentile, ROOT, round2 } from './lib.mjs';
import { finished, login, sharedDeployment } from './processes.mjs';

const require = createRequire(import.meta.url);

export const name = 'import';

const GOAL = 2;
const ROWS = 100;

const INDICATORS = [
  ['成本指标', '经济成本指标', '项目总成本', '≤50万元'],
  ['产出指标', '数量指标', '服务人次', '≥2000人次'],
  ['产出指标', '质量指标', '验收合格率', '≥95%'],
  ['产出指标', '时效指标', '完成时间', '12月31日前'],
  ['效益指标', '社会效益指标', '群众获得感', '显著提升'],
  ['效益指标', '可持续影响指标', '长效机制', '健全'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

/** The workbook: one 项目（政策）绩效目标表 per project, in the export's layout. */
export async function workbook(projects, unitName, department) {
  const { projectTargetGrid, PROJECT_TARGET_TITLE } = require(
    join(ROOT, 'dist/server/modules/excel/layout/target.layout.js'),
  );
  const { printOptions, sheetName } = require(
    join(ROOT, 'dist/server/modules/excel/layout/grid.js'),
  );
  const wb = new ExcelJS.Workbook();
  const used = new Set();
  for (const [i, p] of projects.entries()) {
    // Grouped by category, as a filled-in table is (一级/二级指标 merged down their rows).
    const indicators = Array.from({ length: ROWS }, (_, k) => {
      const [level1, level2, label, target] =
        INDICATORS[Math.floor((k * INDICATORS.length) / ROWS)];
      return {
        level1,
        level2,
        name: `${label}${k + 1}`,
        description: `${label}：按项目实施方案考核`,
        target,
        basis: '项目实施方案',
        method: '按年度完成情况计算',
        weight: '1',
      };
    });
    const grid = projectTargetGrid({
      year: YEAR,
      code: p.code,
      name: p.name,
      unitName,
      department,
      implementer: unitName,
      typeLabel: '专项项目',
      amounts: { total: p.amountTotal, fiscal: p.amountTotal, special: '0', other: '0' },
      purpose: '社区服务',
      spendPlan: { q1: '20', q2: '50', q3: '80', q4: '100' },
      goals: ['完成年度目标任务，提升社区服务能力'],
      indicators,
      statusLabel: '草稿',
    });
    const ws = wb.addWorksheet(
      sheetName(`${i + 1}.${p.name}`, used),
      printOptions({ repeatRows: '1:2' }),
    );
    grid.writeTo(ws);
    if (i === 0 && !ws.getCell(1, 1).value?.toString().includes(PROJECT_TARGET_TITLE))
      throw new Error('the layout did not write the title');
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Removes what earlier rounds imported into the projects (targets, rows, history, audit). */
export async function clean(conn, projectIds) {
  const [targets] = await conn.query('SELECT id FROM targets WHERE projectId IN (?)', [projectIds]);
  const ids = targets.map((t) => t.id);
  if (ids.length) {
    await conn.query(`DELETE FROM target_indicators WHERE docType = 'targets' AND docId IN (?)`, [
      ids,
    ]);
    await conn.query(`DELETE FROM workflow_events WHERE resource = 'targets' AND docId IN (?)`, [
      ids,
    ]);
    await conn.query(`DELETE FROM audit_logs WHERE resource = 'targets' AND resourceId IN (?)`, [
      ids.map(String),
    ]);
    await conn.query('DELETE FROM targets WHERE id IN (?)', [ids]);
  }
  await conn.query(`DELETE FROM target_indicators WHERE docType = 'bench'`);
}

/**
 * The baseline: exceljs reads the file, mysql2 inserts every indicator row at once — the same
 * column values the product stores, the parsed 指标值 (the product's parser) included.
 */
export async function baseline(conn, file, projectIds) {
  const { parseValue } = require(join(ROOT, 'dist/shared/scoring/index.js'));
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file);
  const rows = [];
  for (const [i, ws] of wb.worksheets.entries()) {
    let header = 0;
    ws.eachRow((row, r) => {
      if (!header) {
        if (row.getCell(3).text.replace(/\s+/g, '') === '三级指标') header = r;
        return;
      }
      const cell = (c) => row.getCell(c).text;
      rows.push([
        'bench',
        projectIds[i],
        r - header - 1,
        cell(1),
        cell(2),
        cell(3),
        cell(5),
        cell(6),
        cell(4),
        cell(7),
        cell(8) || null,
        JSON.stringify(parseValue(cell(5))),
      ]);
    });
  }
  const [res] = await conn.query(
    `INSERT INTO target_indicators (docType, docId, ordinal, level1, level2, name, target, basis,
       description, method, weight, parsed) VALUES ?`,
    [rows],
  );
  const ms = performance.now() - t0;
  return { ms, rows: res.affectedRows };
}

export async function run({ quick, log }) {
  const scale = quick ? SCALES.quick : SCALES.full;
  const sheets = IMPORT_PROJECTS;
  const rounds = 1 + (quick ? 2 : 5);
  ensureBuilt(log);
  await dataset(scale, log);
  const conn = await connect(MYSQL, DATABASE);
  const deployment = await sharedDeployment();
  try {
    const [projects] = await conn.query(
      `SELECT p.id, p.code, p.name, p.amountTotal, o.name AS unitName, d.name AS department
       FROM projects p JOIN orgs o ON o.id = p.orgId JOIN orgs d ON d.id = o.parentId
       WHERE p.code LIKE ? ORDER BY p.id LIMIT ?`,
      [`PI${YEAR}-%`, sheets],
    );
    if (projects.length !== sheets)
      throw new Error(`${projects.length} import projects, not ${sheets}`);
    const projectIds = projects.map((p) => p.id);
    const file = await workbook(projects, projects[0].unitName, projects[0].department);
    const expected = sheets * ROWS;
    log(
      `workbook: ${sheets} sheets × ${ROWS} indicator rows = ${expected} rows, ${(file.length / 1024).toFixed(0)} KB`,
    );
    await deployment.workers(1);
    const headers = await login(deployment.url, 'bench-import');
    const product = [];
    const base = [];
    for (let round = 0; round < rounds; round += 1) {
      await clean(conn, projectIds);
      const form = new FormData();
      form.set('type', 'targets');
      form.set('file', new Blob([file]), `绩效目标表（${sheets} 张）.xlsx`);
      const t0 = performance.now();
      const res = await fetch(`${deployment.url}/api/imports`, {
        method: 'POST',
        headers,
        body: form,
      });
      if (res.status !== 202) throw new Error(`import answered ${res.status} ${await res.text()}`);
      const job = await finished(deployment.url, headers, (await res.json()).jobId, {
        everyMs: 20,
      });
      const ms = performance.now() - t0;
      if (job.state !== 'completed')
        throw new Error(`import ${job.state}: ${job.message} ${JSON.stringify(job.result)}`);
      // The drafts hold every row: the time means what it says.
      const [[db]] = await conn.query(
        `SELECT COUNT(DISTINCT t.id) AS targets, COUNT(*) AS rows_ FROM targets t
         JOIN target_indicators i ON i.docType = 'targets' AND i.docId = t.id
         WHERE t.projectId IN (?) AND t.status = 'draft'`,
        [projectIds],
      );
      const created = job.result.imported.filter((i) => i.action === 'create').length;
      if (created !== sheets || Number(db.targets) !== sheets || Number(db.rows_) !== expected)
        throw new Error(
          `import: ${created} drafts created, ${db.targets} in the database with ${db.rows_} rows; expected ${sheets} with ${expected}`,
        );
      const b = await baseline(conn, file, projectIds);
      if (b.rows !== expected) throw new Error(`baseline inserted ${b.rows} rows, not ${expected}`);
      log(
        `${round ? `round ${round}` : 'warm-up'}: import ${(ms / 1000).toFixed(2)} s, exceljs + one INSERT ${(b.ms / 1000).toFixed(2)} s`,
      );
      if (round === 0) continue;
      product.push(ms);
      base.push(b.ms);
    }
    await clean(conn, projectIds);
    const value = round2(percentile(product, 50));
    const baselineMs = round2(percentile(base, 50));
    const ratio = round2(value / baselineMs);
    return {
      name: `import-${expected}-rows`,
      unit: 'ms',
      value,
      baseline: baselineMs,
      ratio,
      goal: `≤ ${GOAL} × exceljs + one INSERT`,
      met: ratio <= GOAL,
    };
  } finally {
    await deployment.stopWorkers();
    await conn.end();
  }
}
