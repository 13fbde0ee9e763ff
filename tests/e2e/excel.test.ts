import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { Api, listQuery, TestApp } from '../support/app';
import {
  download,
  exportFile,
  finished,
  importFile,
  JobBody,
  upload,
  jobsBench,
  JobsBench,
} from '../support/jobs';
import { unzipEntry } from '../support/xlsx';

/**
 * Excel export and import against MariaDB and Redis (BullMQ, workers in the API process), on a
 * database of its own because the round trips create drafts and adjustments of the demo data.
 */
const DB = 'bp_test_excel';

interface Row {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  score: string | null;
  level: string | null;
  applicable: boolean;
  reason: string;
  basis: string;
  computed: { score: string; deviation: string | null } | null;
}
interface Evaluation {
  id: number;
  kind: string;
  title: string;
  status: string;
  version: number;
  targetId: number | null;
  unitTargetId: number | null;
  template: string;
  budget: Record<string, string>;
  fundManagement: {
    item: string;
    weight: string;
    score: string;
    note?: string;
    problems?: string;
  }[];
  summary: string;
  goals: string[];
  indicators: Row[];
  total: string;
  grade: string;
  executionRate: string | null;
  executionScore: string;
}
interface TargetRow {
  level1: string;
  level2: string;
  name: string;
  target: string;
  basis: string;
  description: string;
  method: string;
  weight: string | null;
  parsed: unknown;
}
interface TargetDoc {
  id: number;
  status: string;
  revision: number;
  projectId?: number;
  orgId: number;
  year: number;
  goals: string[];
  tasks?: unknown[];
  budget?: unknown;
  indicators: TargetRow[];
}

let t: TestApp;
let conn: mysql.Connection;
let admin: Api;
let unit: Api;
let dept: Api;
let finance: Api;
let jiedao: Api;
let luolong: Api;

let bench: JobsBench;

beforeAll(async () => {
  bench = await jobsBench(DB, ['admin', 'unit', 'dept', 'finance', 'jiedao', 'luolong'], {
    IMPORT_MAX_MB: '2',
  });
  ({ t, conn } = bench);
  [admin, unit, dept, finance, jiedao, luolong] = [
    'admin',
    'unit',
    'dept',
    'finance',
    'jiedao',
    'luolong',
  ].map((u) => bench.users[u]);
}, 120_000);

afterAll(async () => {
  await bench?.close();
});

/** What a self-evaluation says, as a clerk would compare two of them. */
function content(e: Evaluation) {
  return {
    kind: e.kind,
    template: e.template,
    budget: e.budget,
    fundManagement: e.fundManagement.map((f) => ({
      item: f.item,
      weight: f.weight,
      score: f.score,
      note: f.note ?? '',
      problems: f.problems ?? '',
    })),
    summary: e.summary,
    goals: e.goals,
    indicators: e.indicators.map(({ computed, ...row }) => ({ ...row, computed: computed?.score })),
    total: e.total,
    grade: e.grade,
    executionRate: e.executionRate,
    executionScore: e.executionScore,
  };
}

const rowsOf = (d: TargetDoc) =>
  d.indicators.map(
    ({ level1, level2, name, target, basis, description, method, weight, parsed }) => ({
      level1,
      level2,
      name,
      target,
      basis,
      description,
      method,
      weight,
      parsed,
    }),
  );

async function evaluationByTitle(api: Api, title: string): Promise<Evaluation> {
  const list = await api.get<Evaluation[]>(
    `/api/evaluations${listQuery({ filter: { q: title, year: 2023 }, range: [0, 50] })}`,
  );
  const found = list.body.find((e) => e.title === title);
  if (!found) throw new Error(`no evaluation ${title}`);
  return (await api.get<Evaluation>(`/api/evaluations/${found.id}`)).body;
}

/** 调整 an approved target document and get the new revision approved (unit → dept → finance). */
async function approvedAdjustment(
  resource: 'targets' | 'unit-targets',
  id: number,
): Promise<number> {
  const adjusted = await unit.post<TargetDoc>(`/api/${resource}/${id}/adjust`, {
    comment: '导入测试',
  });
  expect(adjusted.status).toBe(201);
  const next = adjusted.body.id;
  expect((await unit.post(`/api/${resource}/${next}/submit`, {})).status).toBe(200);
  expect((await dept.post(`/api/${resource}/${next}/approve`, {})).status).toBe(200);
  expect((await finance.post<TargetDoc>(`/api/${resource}/${next}/approve`, {})).body.status).toBe(
    'approved',
  );
  return next;
}

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    'projects',
    'targets',
    'unit_targets',
    'target_indicators',
    'evaluations',
    'evaluation_indicators',
    'workflow_events',
  ]) {
    const [rows] = await conn.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${table}`);
    out[table] = Number(rows[0].n);
  }
  const [audit] = await conn.query<mysql.RowDataPacket[]>(
    // A refused import changes nothing: the only rows are logins and the request (who asked).
    "SELECT COUNT(*) AS n FROM audit_logs WHERE resource NOT IN ('auth', 'jobs')",
  );
  out.audit = Number(audit[0].n);
  return out;
}

const workbook = async (file: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
};
const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** The row of a sheet whose cells include `label`. */
function rowWith(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r += 1) {
    for (let c = 1; c <= ws.columnCount; c += 1) {
      const v = ws.getCell(r, c).value;
      if (typeof v === 'string' && v.replace(/\s/g, '') === label) return r;
    }
  }
  throw new Error(`no ${label} in ${ws.name}`);
}

describe('项目单位自评表 and 部门整体自评表: export, import back, identical', () => {
  let exported: Buffer;

  /** A fresh draft self-evaluation of the project of `original` (its targets adjusted and approved). */
  async function draftFor(original: Evaluation): Promise<Evaluation> {
    const targetId = await approvedAdjustment('targets', original.targetId as number);
    const draft = await unit.post<Evaluation>('/api/evaluations', { targetId });
    expect(draft.status).toBe(201);
    expect(content(draft.body)).not.toEqual(content(original));
    return draft.body;
  }

  it('exports a seed-002 self-evaluation and imports it as the draft of the same project, every figure intact', async () => {
    const original = await evaluationByTitle(unit, '社区治理和服务创新资金(含物业管理工作)');
    const { job, file } = await exportFile(unit, 'evaluations', [original.id]);
    expect(job.result?.filename).toBe('项目单位自评表-社区治理和服务创新资金(含物业管理工作).xlsx');
    expect(job.attempts).toBe(1);
    const draft = await draftFor(original);

    const imported = await importFile(unit, 'evaluations', file);
    expect(imported).toMatchObject({ state: 'completed', error: null });
    expect(imported.result?.imported).toEqual([
      {
        sheet: '社区治理和服务创新资金(含物业管理工作)',
        resource: 'evaluations',
        id: draft.id,
        action: 'update',
      },
    ]);
    const after = (await unit.get<Evaluation>(`/api/evaluations/${draft.id}`)).body;
    expect(after.status).toBe('draft');
    expect(content(after)).toEqual(content(original));
    // The figures of the published table: 3.2 / 3.2 / 1.64, 执行率 51.25, 得分 5.13, total 95.13.
    expect(after.budget).toEqual({
      initial: '3.2',
      adjusted: '3.2',
      executed: '1.64',
      weight: '10',
    });
    expect([after.executionRate, after.executionScore, after.total]).toEqual([
      '51.25',
      '5.13',
      '95.13',
    ]);
    expect(after.indicators[0]).toMatchObject({
      target: '≤3.33 万元',
      actual: '1.64 万元',
      score: '10',
    });
  });

  it('refuses the published 0 of a met cost target without a reason, at its cell; with one, imports it', async () => {
    const original = await evaluationByTitle(unit, '老旧小区改造办公经费');
    const { file } = await exportFile(unit, 'evaluations', [original.id]);
    exported = file;
    const draft = await draftFor(original);
    const refused = await importFile(unit, 'evaluations', file);
    expect(refused.state).toBe('failed');
    const ws = (await workbook(file)).worksheets[0];
    const row = rowWith(ws, '老旧小区改造办公总经费');
    expect(refused.result?.errors).toEqual([
      {
        sheet: '老旧小区改造办公经费',
        row,
        column: 'J',
        message:
          '「老旧小区改造办公总经费」的得分 0.00 与规则得分 10.00 不同，请在偏差原因中说明理由',
      },
    ]);
    expect((await unit.get<Evaluation>(`/api/evaluations/${draft.id}`)).body.total).toBe(
      draft.total,
    );

    const reason = '按规则应得满分；按原表记 0 分';
    const wb = await workbook(file);
    wb.worksheets[0].getCell(row, 10).value = reason;
    const fixed = await importFile(unit, 'evaluations', await toBuffer(wb));
    expect(fixed.state).toBe('completed');
    const after = (await unit.get<Evaluation>(`/api/evaluations/${draft.id}`)).body;
    const expected = content(original);
    expected.indicators[0].reason = reason;
    expect(content(after)).toEqual(expected);
    expect(after.total).toBe('65.00');
    expect(after.indicators[1]).toMatchObject({ actual: '0种', score: '0', reason: '未使用' });
    expect(after.indicators[1].computed?.deviation).toBe('-100.00');
  });

  it('round-trips the 部门整体自评表 (24 indicators, 5301.42 / 30288.47 / 29671.35)', async () => {
    const original = await evaluationByTitle(unit, '洛阳市西工区社区治理和服务创新办公室');
    const { file } = await exportFile(unit, 'evaluations', [original.id]);
    const unitTargetId = await approvedAdjustment('unit-targets', original.unitTargetId as number);
    const draft = await unit.post<Evaluation>('/api/evaluations', { unitTargetId });
    expect(draft.status).toBe(201);
    const imported = await importFile(unit, 'evaluations', file);
    expect(imported.state).toBe('completed');
    const after = (await unit.get<Evaluation>(`/api/evaluations/${draft.body.id}`)).body;
    expect(content(after)).toEqual(content(original));
    expect(after.budget).toMatchObject({
      initial: '5301.42',
      adjusted: '30288.47',
      executed: '29671.35',
    });
    expect(after.executionScore).toBe('9.80');
  });

  it('prints like the paper table (LibreOffice → PDF → PNG in tests/artifacts)', () => {
    const soffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
    if (!soffice || !existsSync('/usr/bin/pdftoppm')) {
      console.warn(
        'LibreOffice or poppler-utils missing: print check skipped (tests/run.sh installs them)',
      );
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'bp-print-'));
    writeFileSync(join(dir, 'evaluation.xlsx'), exported);
    const env = {
      ...process.env,
      FONTCONFIG_FILE: join(process.cwd(), 'tests/support/fonts.conf'),
    };
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'evaluation.xlsx'),
      ],
      { env, timeout: 90_000, stdio: 'ignore' },
    );
    const pdf = join(dir, 'evaluation.pdf');
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Pages:\s+1\n/); // fit to one A4 page wide, and this table is one page long
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/); // portrait
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/ +/g, ' ');
    for (const label of [
      '项目单位自评表',
      '项目编码：XGSCB2023-02 （2023 年度） 金额单位：万元',
      '项目名称 老旧小区改造办公经费',
      '年初预算数 全年预算数 全年执行数 分值',
      '政府性预算资金 4.00 4.00 0.00 - 0.00 -',
      '情况说明 分值 得分 存在问题和改进措施',
      '预期目标 实际完成情况',
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
      '办公用品购置种类 ≥15种 0种 15 0 -100.00% 未使用',
      '总分 100 65 自评等级：中',
    ]) {
      expect(text).toContain(label);
    }
    mkdirSync('tests/artifacts', { recursive: true });
    execFileSync('pdftoppm', [
      '-r',
      '110',
      '-png',
      '-singlefile',
      pdf,
      'tests/artifacts/excel-evaluation',
    ]);
    expect(existsSync('tests/artifacts/excel-evaluation.png')).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('绩效目标表: export, import back as drafts', () => {
  it('imports two project target tables of 西工街道 as adjustments identical to the approved ones', async () => {
    const list = await jiedao.get<TargetDoc[]>(
      `/api/targets${listQuery({ filter: { current: true }, sort: ['id', 'ASC'], range: [0, 1] })}`,
    );
    const ids = list.body.map((d) => d.id);
    expect(ids).toHaveLength(2);
    const originals = await Promise.all(
      ids.map(async (id) => (await jiedao.get<TargetDoc>(`/api/targets/${id}`)).body),
    );
    const { job, file } = await exportFile(jiedao, 'targets', ids);
    expect(job.result?.filename).toBe('项目（政策）绩效目标表（2 份）.xlsx');
    const imported = await importFile(jiedao, 'targets', file);
    expect(imported.state).toBe('completed');
    expect(imported.result?.imported?.map((i) => i.action)).toEqual(['adjust', 'adjust']);
    for (const [i, entry] of (imported.result?.imported ?? []).entries()) {
      const draft = (await jiedao.get<TargetDoc>(`/api/targets/${entry.id}`)).body;
      expect(draft).toMatchObject({
        status: 'draft',
        revision: 2,
        projectId: originals[i].projectId,
      });
      expect(draft.goals).toEqual(originals[i].goals);
      expect(rowsOf(draft)).toEqual(rowsOf(originals[i]));
    }
    // Importing the same file again updates the same drafts: nothing new is created.
    const again = await importFile(jiedao, 'targets', file);
    expect(again.id).toBe(imported.id); // the same file is the same job
    expect(again.result?.imported?.map((i) => i.id)).toEqual(
      imported.result?.imported?.map((i) => i.id),
    );
  });

  it('round-trips a 部门（单位）整体绩效目标表 with its tasks, budget and 指标说明', async () => {
    const list = await luolong.get<TargetDoc[]>(
      `/api/unit-targets${listQuery({ filter: { current: true } })}`,
    );
    const original = (await luolong.get<TargetDoc>(`/api/unit-targets/${list.body[0].id}`)).body;
    const { file } = await exportFile(luolong, 'unit-targets', [original.id]);
    const imported = await importFile(luolong, 'unit-targets', file);
    expect(imported.state).toBe('completed');
    const draft = (
      await luolong.get<TargetDoc>(`/api/unit-targets/${imported.result?.imported?.[0].id}`)
    ).body;
    expect(draft).toMatchObject({ status: 'draft', revision: original.revision + 1 });
    expect({
      goals: draft.goals,
      tasks: draft.tasks,
      budget: draft.budget,
      rows: rowsOf(draft),
    }).toEqual({
      goals: original.goals,
      tasks: original.tasks,
      budget: original.budget,
      rows: rowsOf(original),
    });
    expect(rowsOf(draft).some((r) => r.method !== '')).toBe(true);
  });

  it('writes a text starting with = + - @ as a string cell, never a formula, and reads it back unchanged', async () => {
    const project = await jiedao.post<{ id: number }>('/api/projects', {
      year: 2026,
      code: 'FX-001',
      name: '=HYPERLINK("http://example.com","点此")',
      type: 'specific',
      amountTotal: '1234567.891234',
      amountFiscal: '1234567.891234',
      amountSpecial: '0',
      amountOther: '0',
      spendPlan: { q1: '10', q2: '50', q3: '80', q4: '100' },
    });
    expect(project.status).toBe(201);
    const evil = ['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd'];
    const target = await jiedao.post<TargetDoc>('/api/targets', {
      projectId: project.body.id,
      goals: evil,
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '=A1*2',
          target: '-10',
          description: '+1',
          basis: '@x',
          weight: '12.3456',
        },
      ],
    });
    expect(target.status).toBe(201);
    const { file } = await exportFile(jiedao, 'targets', [target.body.id]);
    const sheet = unzipEntry(file, 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('<f>');
    const wb = await workbook(file);
    const ws = wb.worksheets[0];
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
        expect(cell.formula).toBeUndefined();
      }),
    );
    expect(texts).toEqual(expect.arrayContaining([...evil, '=A1*2', '-10', '+1', '@x']));
    // 1234567.891234 万元 keeps every digit (a number with the 0.00#### format).
    const amount = ws.getCell(rowWith(ws, '资金总额') + 1, 2);
    expect(amount.value).toBe(1234567.891234);
    expect(amount.numFmt).toBe('0.00####');

    const imported = await importFile(jiedao, 'targets', file);
    expect(imported.state).toBe('completed');
    const after = (await jiedao.get<TargetDoc>(`/api/targets/${target.body.id}`)).body;
    expect(after.goals).toEqual(evil);
    expect(after.indicators[0]).toMatchObject({
      name: '=A1*2',
      target: '-10',
      description: '+1',
      basis: '@x',
      weight: '12.3456',
    });
  });
});

describe('绩效运行监控表', () => {
  it('exports a monitoring report with its progress, reasons and warning lights', async () => {
    const list = await jiedao.get<TargetDoc[]>(
      `/api/targets${listQuery({ filter: { current: true, year: 2023 }, sort: ['id', 'ASC'], range: [3, 3] })}`,
    );
    const created = await jiedao.post<{
      id: number;
      version: number;
      indicators: { name: string }[];
    }>('/api/monitoring', { targetId: list.body[0].id, month: 6 });
    expect(created.status).toBe(201);
    const saved = await jiedao.put<{ id: number }>(`/api/monitoring/${created.body.id}`, {
      version: created.body.version,
      executed: '0.5',
      indicators: created.body.indicators.map((_, i) =>
        i === 0
          ? {
              progress: '0',
              expected: '0',
              likelihood: 'possible',
              reasons: { funding: '资金未到位' },
              measures: '催拨资金',
            }
          : { progress: '', likelihood: 'certain' },
      ),
    });
    expect(saved.status).toBe(200);
    const { file } = await exportFile(jiedao, 'monitoring', [created.body.id]);
    const ws = (await workbook(file)).worksheets[0];
    expect(ws.getCell(1, 1).value).toBe('绩效运行监控表');
    expect(ws.getCell(2, 5).value).toBe('（2023 年度，截至 6 月底）');
    const header = rowWith(ws, '截至监控时点完成值');
    expect(ws.getCell(header + 1, 3).value).toBe(created.body.indicators[0].name);
    expect(ws.getCell(header + 1, 7).value).toBe('经费保障：资金未到位');
    expect(ws.getCell(header + 1, 8).value).toBe('有可能');
    expect(ws.getCell(header + 1, 9).value).toBe('催拨资金');
  });
});

describe('lists: summary workbook and CSV', () => {
  it('writes the 绩效自评结果汇总表 with exact figures and the CSV with a UTF-8 BOM', async () => {
    const list = await unit.get<Evaluation[]>(
      `/api/evaluations${listQuery({ filter: { year: 2023 }, range: [0, 99] })}`,
    );
    const ids = list.body.map((e) => e.id).sort((a, b) => a - b);
    const summary = await exportFile(unit, 'evaluations-summary', ids);
    const ws = (await workbook(summary.file)).worksheets[0];
    expect(ws.getCell(1, 1).value).toBe('绩效自评结果汇总表');
    expect(ws.getCell(3, 4).value).toBe('项目/部门名称');
    expect(ws.rowCount).toBe(3 + ids.length + 1);
    const totals = Array.from({ length: ids.length }, (_, i) => ws.getCell(4 + i, 10).value);
    expect(totals).toEqual(
      expect.arrayContaining([95.13, 65, 98.81, 98.58, 80, 100, 80, 92.8, 100]),
    );

    const csv = await exportFile(unit, 'evaluations-csv', ids);
    expect(csv.job.result?.filename).toMatch(/\.csv$/);
    expect([...csv.file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.file.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      '序号,年度,单位,项目/部门名称,类型,全年预算数（万元）,全年执行数（万元）,执行率（%）,执行率得分,自评得分,自评等级,复核得分,最终等级,状态',
    );
    expect(lines).toHaveLength(ids.length + 1);
    expect(lines.some((l) => l.includes('老旧小区改造办公经费,项目,4,0,0.00,0.00,65.00,中'))).toBe(
      true,
    );
  });
});

describe('scope and permissions', () => {
  it('refuses to export what the caller may not read, and shows jobs to their owner (and admins) only', async () => {
    const theirs = await evaluationByTitle(unit, '党建工作经费');
    const refused = await jiedao.post<{ code: string; message: string }>('/api/exports', {
      type: 'evaluations',
      ids: [theirs.id],
    });
    expect(refused.status).toBe(404);
    expect(refused.body.message).toContain(String(theirs.id));
    expect((await jiedao.post('/api/exports', { type: 'evaluations', ids: [] })).status).toBe(400);
    expect((await jiedao.post('/api/exports', { type: 'word', ids: [1] })).status).toBe(400);

    const mine = await unit.post<{ jobId: string }>('/api/exports', {
      type: 'evaluations',
      ids: [theirs.id],
    });
    await finished(unit, mine.body.jobId);
    expect((await jiedao.get(`/api/jobs/${mine.body.jobId}`)).status).toBe(404);
    expect((await download(jiedao, mine.body.jobId)).status).toBe(404);
    expect((await download(admin, mine.body.jobId)).status).toBe(200);
    const listed = await jiedao.get<JobBody[]>('/api/jobs');
    expect(listed.body.every((j) => j.createdBy === listed.body[0]?.createdBy)).toBe(true);
    expect(listed.body.some((j) => j.id === mine.body.jobId)).toBe(false);
    const all = await admin.get<JobBody[]>(`/api/jobs${listQuery({ range: [0, 999] })}`);
    expect(all.body.some((j) => j.id === mine.body.jobId)).toBe(true);
    expect(all.headers.get('content-range')).toMatch(/^jobs 0-\d+\/\d+$/);
  });

  it('lets only units import, and only administrators recompute', async () => {
    expect((await upload(dept, 'targets', Buffer.from('x'))).status).toBe(403);
    expect((await unit.post('/api/jobs/recompute', { year: 2023 })).status).toBe(403);
    expect((await admin.post('/api/jobs/recompute', { year: 2023, template: 'nope' })).status).toBe(
      400,
    );
    const run = await admin.post<{ jobId: string }>('/api/jobs/recompute', { year: 2023 });
    expect(run.status).toBe(202);
    expect(run.body.jobId).toBe('recompute-2023-all');
    const job = await finished(admin, run.body.jobId);
    // The stored figures are what the engine computes: nothing changes, nothing is audited.
    expect(job.result).toMatchObject({ year: 2023, changed: 0 });
  });
});

describe('bad files are refused with their sheet, row and column, and change nothing', () => {
  let base: Buffer;
  let before: Record<string, number>;

  beforeAll(async () => {
    const list = await jiedao.get<TargetDoc[]>(
      `/api/targets${listQuery({ filter: { current: true, year: 2023 }, sort: ['id', 'ASC'], range: [2, 2] })}`,
    );
    base = (await exportFile(jiedao, 'targets', [list.body[0].id])).file;
    before = await counts();
  });

  afterEach(async () => {
    expect(await counts()).toEqual(before);
  });

  const refused = async (file: Buffer) => {
    const job = await importFile(jiedao, 'targets', file);
    expect(job.state).toBe('failed');
    expect(job.message).toMatch(/^导入失败：发现 \d+ 处问题，未导入任何数据/);
    return job.result?.errors ?? [];
  };

  it('a truncated (corrupt) zip and a file that is not .xlsx: 400 at upload', async () => {
    const cut = await upload(jiedao, 'targets', base.subarray(0, Math.floor(base.length / 2)));
    expect(cut.status).toBe(400);
    expect(cut.body.message).toContain('已损坏');
    const text = await upload(jiedao, 'targets', Buffer.from('项目编码,项目名称\n1,2\n'));
    expect(text.status).toBe(400);
    expect(text.body.message).toContain('.xlsx');
    const csvName = await upload(jiedao, 'targets', base, '绩效目标.csv');
    expect(csvName.status).toBe(400);
    const none = await fetch(`${t.url}/api/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jiedao.token}` },
      body: (() => {
        const f = new FormData();
        f.set('type', 'targets');
        return f;
      })(),
    });
    expect(none.status).toBe(400);
  });

  it('a file over the size limit: 413 with the limit named', async () => {
    const big = await upload(jiedao, 'targets', Buffer.alloc(2.5 * 1024 * 1024, 1));
    expect(big.status).toBe(413);
    expect(big.body.message).toContain('2 MB');
  });

  it('a workbook of another layout: row 1 named', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '随手记的表';
    const errors = await refused(await toBuffer(wb));
    expect(errors).toEqual([
      expect.objectContaining({
        sheet: 'Sheet1',
        row: 1,
        column: 'A',
        message: expect.stringContaining('项目（政策）绩效目标表'),
      }),
    ]);
    // A self-evaluation uploaded as a target table is another layout too.
    const evaluation = await evaluationByTitle(unit, '区政府购买服务');
    const { file } = await exportFile(unit, 'evaluations', [evaluation.id]);
    const again = await importFile(jiedao, 'targets', file);
    expect(again.result?.errors?.[0]).toMatchObject({ row: 1, column: 'A' });
  });

  it('a text in a number cell and an unknown project code: every problem, located', async () => {
    const wb = await workbook(base);
    const ws = wb.worksheets[0];
    const first = rowWith(ws, '三级指标') + 1;
    ws.getCell(first, 8).value = '十分';
    ws.getCell(3, 2).value = 'NO-SUCH-CODE';
    const errors = await refused(await toBuffer(wb));
    const name = ws.getCell(first, 3).text;
    expect(errors).toEqual([
      {
        sheet: ws.name,
        row: first,
        column: 'H',
        message: `「${name}」的分值应为数字，实际为「十分」`,
      },
      {
        sheet: ws.name,
        row: 3,
        column: 'B',
        message: '项目编码「NO-SUCH-CODE」在 2023 年度的项目库中不存在或不属于本单位',
      },
    ]);
  });

  it('more than 10,000 indicator rows: refused with the limit', async () => {
    const wb = await workbook(base);
    const ws = wb.worksheets[0];
    const start = ws.rowCount + 1;
    for (let i = 0; i < 10_001; i += 1) {
      ws.getRow(start + i).values = ['产出指标', '数量指标', `指标 ${i}`, '', '≥1', '', '', 1];
    }
    const errors = await refused(await toBuffer(wb));
    expect(errors.some((e) => /超过.*10000/.test(e.message))).toBe(true);
  }, 60_000);
});

describe('Bull Board at /admin/queues', () => {
  it('opens for an administrator with a short-lived cookie, and for nobody else', async () => {
    const anonymous = await fetch(`${t.url}/admin/queues`);
    expect(anonymous.status).toBe(401);
    expect((await unit.post('/api/auth/board-session')).status).toBe(403);
    const session = await fetch(`${t.url}/api/auth/board-session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^bp_board=[^;]+; Max-Age=600; Path=\/admin\/queues; .*HttpOnly; SameSite=Strict/,
    );
    const value = cookie.split(';')[0];
    const page = await fetch(`${t.url}/admin/queues`, { headers: { cookie: value } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const queues = await fetch(`${t.url}/admin/queues/api/queues`, { headers: { cookie: value } });
    const names = ((await queues.json()) as { queues: { name: string }[] }).queues.map(
      (q) => q.name,
    );
    expect(names.sort()).toEqual(['batches', 'documents', 'maintenance']);
    // The console's own token is not a board session, nor is a tampered cookie.
    for (const bad of [`bp_board=${admin.token}`, `${value}x`]) {
      expect((await fetch(`${t.url}/admin/queues`, { headers: { cookie: bad } })).status).toBe(401);
    }
  });
});

describe('deadline reminders', () => {
  it('reminds each clerk once per document and deadline, however often it runs', async () => {
    expect(
      (
        await unit.post('/api/deadlines', {
          year: 2023,
          kind: 'evaluations',
          dueDate: '2024-03-31',
        })
      ).status,
    ).toBe(403);
    const deadline = await admin.post<{ id: number }>('/api/deadlines', {
      year: 2023,
      kind: 'evaluations',
      dueDate: '2024-03-31',
      remindDays: 7,
    });
    expect(deadline.status).toBe(201);
    const run = async (date: string) => {
      const res = await admin.post<{ jobId: string }>('/api/jobs/reminders', { date });
      return finished(admin, res.body.jobId);
    };
    const early = await run('2024-03-01');
    expect(early.result).toMatchObject({ deadlines: 0, created: 0 });
    const first = await run('2024-03-25');
    const created = Number(first.result?.created);
    expect(created).toBeGreaterThan(0);
    // Reminders only: the exports and imports above left their own messages (kind file-ready …).
    const notes = await jiedao.get<{ id: number; title: string; message: string; read: boolean }[]>(
      `/api/notifications${listQuery({ range: [0, 99], filter: { kind: 'deadline' } })}`,
    );
    expect(notes.body.length).toBe(created); // 西工街道's approved 2023 targets have no self-evaluation
    expect(notes.body[0].message).toMatch(
      /绩效自评表尚未提交，2023 年度绩效自评截止日期为 2024-03-31（还剩 6 天）/,
    );
    expect(
      (
        await unit.get<unknown[]>(
          `/api/notifications${listQuery({ filter: { kind: 'deadline' } })}`,
        )
      ).body,
    ).toEqual([]); // seed 002 is evaluated
    expect((await run('2024-03-25')).result).toMatchObject({ created: 0 });
    expect((await run('2024-04-03')).result).toMatchObject({ created: 0 });

    const note = notes.body[0];
    expect((await unit.put(`/api/notifications/${note.id}`, { read: true })).status).toBe(404);
    const read = await jiedao.put<{ read: boolean }>(`/api/notifications/${note.id}`, {
      ...note,
      read: true,
    });
    expect(read.body.read).toBe(true);
    const unread = await jiedao.get(
      `/api/notifications${listQuery({ filter: { read: false, kind: 'deadline' } })}`,
    );
    expect(unread.headers.get('content-range')).toMatch(new RegExp(`/${created - 1}$`));
  });
});
