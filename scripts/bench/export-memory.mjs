// Export memory benchmark: 1,000 项目单位自评表 exported by a worker process (API with
// WORKERS=false, one `--worker` process) — five workbooks of 200 sheets (a workbook holds at most
// 200 documents) one after the other, then the 绩效自评结果汇总表 of the 1,000 — while the
// worker's peak RSS (VmHWM, reset with /proc/<pid>/clear_refs once it is idle) is read. The
// exports are streamed: each sheet is committed to the file as it is written.
//
// Baseline, in the same run: a bare node process with exceljs's streaming WorkbookWriter writing
// the same 1,000 sheets (the product's layout code, the same documents read from the database
// beforehand) into five workbooks, its RSS growth measured the same way (after writing the same
// warm-up documents as the worker). For scale (full run only), another such process builds each
// workbook in memory and writes it to a buffer, as an unstreamed export would: logged, not a goal.
//
// Lines: export-1000-rss-growth — the worker's growth over its idle RSS against the bare writer's
// (goal ≤ 2 ×: the product holds little beyond what streaming the sheets itself takes), and
// export-1000-peak-rss — the worker's peak against its idle RSS (reported). --quick: one workbook
// of 200 sheets and the summary of 200.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE, dataset, MYSQL, RECOMPUTE_YEAR, SCALES } from './dataset.mjs';
import { connect, ensureBuilt, ROOT, round2 } from './lib.mjs';
import { finished, login, memory, resetPeak, sharedDeployment } from './processes.mjs';

export const name = 'export-memory';

const GOAL = 2;
const PER_WORKBOOK = 200;

/** Names of the worksheets in an .xlsx (its zip's central directory), to check what was written. */
function worksheetCount(file) {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd > 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  let p = buf.readUInt32LE(eocd + 16);
  let sheets = 0;
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n -= 1) {
    const nameLength = buf.readUInt16LE(p + 28);
    const entry = buf.toString('utf8', p + 46, p + 46 + nameLength);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(entry)) sheets += 1;
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return sheets;
}

/** The documents as the export lays them out (ExportService.evaluationDoc), from the database. */
async function documents(conn, ids) {
  const [evaluations] = await conn.query(
    `SELECT e.*, p.code, p.implementer, u.name AS unitName, d.name AS department
     FROM evaluations e JOIN targets t ON t.id = e.targetId JOIN projects p ON p.id = t.projectId
     JOIN orgs u ON u.id = e.orgId LEFT JOIN orgs d ON d.id = u.parentId
     WHERE e.id IN (?) ORDER BY e.id`,
    [ids],
  );
  const [rows] = await conn.query(
    `SELECT * FROM evaluation_indicators WHERE evaluationId IN (?) ORDER BY evaluationId, ordinal`,
    [ids],
  );
  const byEvaluation = new Map();
  for (const r of rows)
    byEvaluation.set(r.evaluationId, [...(byEvaluation.get(r.evaluationId) ?? []), r]);
  const plain = (v) =>
    v === null
      ? null
      : String(v)
          .replace(/(\.\d*?)0+$/, '$1')
          .replace(/\.$/, '');
  return evaluations.map((e) => {
    const result = typeof e.result === 'string' ? JSON.parse(e.result) : e.result;
    const fund =
      typeof e.fundManagement === 'string' ? JSON.parse(e.fundManagement) : e.fundManagement;
    const budget = {
      initial: plain(e.budgetInitial),
      adjusted: plain(e.budgetAdjusted),
      executed: plain(e.budgetExecuted),
      weight: plain(e.budgetWeight),
    };
    const rate = e.executionRate === null ? null : String(e.executionRate);
    return {
      kind: e.kind,
      year: e.year,
      code: e.code,
      title: e.title,
      department: e.department ?? '',
      implementer: e.implementer || e.unitName,
      budget,
      executionRate: rate,
      executionScore: String(e.executionScore),
      sources: [
        { label: '政府性预算资金', ...budget, rate: rate ?? '0' },
        { label: '财政专户管理资金', initial: '0', adjusted: '0', executed: '0', rate: '0' },
        { label: '单位资金', initial: '0', adjusted: '0', executed: '0', rate: '0' },
      ],
      fundManagement: fund.map((f) => ({ note: '', problems: '', ...f })),
      goals: typeof e.goals === 'string' ? JSON.parse(e.goals) : e.goals,
      summary: e.summary,
      tasks: [],
      indicators: (byEvaluation.get(e.id) ?? []).map((r, i) => ({
        level1: r.level1,
        level2: r.level2,
        name: r.name,
        target: r.target,
        actual: r.actual,
        weight: plain(r.weight),
        score: r.score === null ? (result.indicators[i]?.score ?? null) : plain(r.score),
        applicable: Boolean(r.applicable),
        deviation: result.indicators[i]?.deviation ?? null,
        reason: r.reason,
      })),
      totalWeight: String(result.sections.reduce((n, s) => n + Number(s.weight), 0)),
      total: String(e.total),
      grade: e.grade,
    };
  });
}

/**
 * The bare writer, run as its own process: writes the warm-up documents first (as the worker has
 * exported before), then, measured, the documents into workbooks of PER_WORKBOOK sheets, streamed
 * (MODE=stream) or each built in memory and written to a buffer (MODE=memory). Prints
 * { idle, peak } in MB.
 */
const WRITER = `
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const ExcelJS = require('exceljs');
const { evaluationGrid } = require(join(process.env.ROOT, 'dist/server/modules/excel/layout/evaluation.layout.js'));
const { printOptions, sheetName } = require(join(process.env.ROOT, 'dist/server/modules/excel/layout/grid.js'));
const mb = (field) =>
  Number(
    readFileSync('/proc/self/status', 'utf8')
      .split(String.fromCharCode(10))
      .find((line) => line.startsWith(field + ':'))
      .replace(/[^0-9]/g, ''),
  ) / 1024;
const sheets = (wb, list) => {
  const used = new Set();
  list.forEach((doc, i) => {
    const ws = wb.addWorksheet(sheetName(i + 1 + '.' + doc.title, used), printOptions({ repeatRows: '1:2' }));
    evaluationGrid(doc).writeTo(ws);
    if (ws.commit) ws.commit();
  });
};
const streamed = async (list, file) => {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  sheets(wb, list);
  await wb.commit();
};
(async () => {
  const { warmup, docs } = JSON.parse(readFileSync(process.env.DOCS, 'utf8'));
  const per = Number(process.env.PER_WORKBOOK);
  await streamed(warmup, join(process.env.OUT, 'warm-up.xlsx'));
  await new Promise((r) => setTimeout(r, 1000));
  const idle = mb('VmRSS');
  writeFileSync('/proc/self/clear_refs', '5');
  if (process.env.MODE === 'stream') {
    for (let k = 0; k < docs.length; k += per)
      await streamed(docs.slice(k, k + per), join(process.env.OUT, 'stream-' + k + '.xlsx'));
  } else {
    for (let k = 0; k < docs.length; k += per) {
      const wb = new ExcelJS.Workbook();
      sheets(wb, docs.slice(k, k + per));
      writeFileSync(join(process.env.OUT, 'memory-' + k + '.xlsx'), await wb.xlsx.writeBuffer());
    }
  }
  process.stdout.write(JSON.stringify({ idle, peak: mb('VmHWM') }));
})();
`;

function bareWriter(mode, docsFile, out) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', WRITER], {
      cwd: ROOT,
      env: {
        ...process.env,
        ROOT,
        MODE: mode,
        DOCS: docsFile,
        OUT: out,
        PER_WORKBOOK: String(PER_WORKBOOK),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`bare writer: ${stderr}`)),
    );
  });
}

export async function run({ quick, log }) {
  const scale = quick ? SCALES.quick : SCALES.full;
  const count = quick ? PER_WORKBOOK : 1000;
  ensureBuilt(log);
  await dataset(scale, log);
  const conn = await connect(MYSQL, DATABASE);
  const deployment = await sharedDeployment();
  const scratch = mkdtempSync(join(tmpdir(), 'bp-bench-export-'));
  try {
    const [found] = await conn.query(
      `SELECT id FROM evaluations WHERE year = ? AND kind = 'project' ORDER BY id LIMIT ?`,
      [RECOMPUTE_YEAR, count + 20],
    );
    if (found.length < count + 20) throw new Error(`${found.length} evaluations to export`);
    const ids = found.slice(0, count).map((r) => Number(r.id));
    const [worker] = await deployment.workers(1, { WORKER_CONCURRENCY: '1' });
    const headers = await login(deployment.url, 'bench-admin');
    const exportOf = async (type, list) => {
      const res = await fetch(`${deployment.url}/api/exports`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ type, ids: list }),
      });
      if (res.status !== 202) throw new Error(`export answered ${res.status} ${await res.text()}`);
      const job = await finished(deployment.url, headers, (await res.json()).jobId, {
        everyMs: 100,
      });
      if (job.state !== 'completed') throw new Error(`export ${job.state}: ${job.message}`);
      return job;
    };

    // A first small export, so that idle means a worker that has exported before.
    await exportOf(
      'evaluations',
      found.slice(count).map((r) => Number(r.id)),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const idle = memory(worker.pid).rss;
    resetPeak(worker.pid);
    const t0 = performance.now();
    let sheets = 0;
    let bytes = 0;
    for (let k = 0; k < ids.length; k += PER_WORKBOOK) {
      const job = await exportOf('evaluations', ids.slice(k, k + PER_WORKBOOK));
      const file = join(deployment.files, 'exports', job.result.file);
      sheets += worksheetCount(file);
      bytes += statSync(file).size;
    }
    const summary = await exportOf('evaluations-summary', ids);
    const seconds = (performance.now() - t0) / 1000;
    const { peak } = memory(worker.pid);
    if (sheets !== count || summary.result.count !== count)
      throw new Error(
        `exported ${sheets} sheets and a summary of ${summary.result.count}, not ${count}`,
      );
    log(
      `worker: ${count} 项目单位自评表 in ${Math.ceil(count / PER_WORKBOOK)} workbook(s) (${(bytes / 1048576).toFixed(1)} MB) and their summary in ${seconds.toFixed(1)} s; RSS idle ${idle.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`,
    );

    const docsFile = join(scratch, 'documents.json');
    const warmup = found.slice(count).map((r) => Number(r.id));
    writeFileSync(
      docsFile,
      JSON.stringify({
        warmup: await documents(conn, warmup),
        docs: await documents(conn, ids),
      }),
    );
    const bare = await bareWriter('stream', docsFile, scratch);
    log(
      `bare streaming writer: RSS idle ${bare.idle.toFixed(0)} MB, peak ${bare.peak.toFixed(0)} MB`,
    );
    if (!quick) {
      const unstreamed = await bareWriter('memory', docsFile, scratch);
      log(
        `the same workbooks built in memory instead: RSS idle ${unstreamed.idle.toFixed(0)} MB, peak ${unstreamed.peak.toFixed(0)} MB`,
      );
    }
    const growth = round2(peak - idle);
    const bareGrowth = round2(bare.peak - bare.idle);
    const ratio = round2(growth / bareGrowth);
    return [
      {
        name: `export-${count}-rss-growth`,
        unit: 'MB',
        value: growth,
        baseline: bareGrowth,
        ratio,
        goal: `≤ ${GOAL} × bare streaming writer`,
        met: ratio <= GOAL,
      },
      {
        name: `export-${count}-peak-rss`,
        unit: 'MB',
        value: round2(peak),
        baseline: round2(idle),
        ratio: round2(peak / idle),
        goal: 'reported',
        met: true,
      },
    ];
  } finally {
    await deployment.stopWorkers();
    await conn.end();
    rmSync(scratch, { recursive: true, force: true });
  }
}
