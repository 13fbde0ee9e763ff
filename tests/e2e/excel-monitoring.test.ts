import ExcelJS from 'exceljs';
import mysql from 'mysql2/promise';
import { Api, listQuery } from '../support/app';
import { exportFile, importFile, JobBody, jobsBench, JobsBench } from '../support/jobs';

/**
 * The 绩效运行监控表 exported and imported back (POST /api/imports type=monitoring) against
 * MariaDB and Redis, on a database of its own: the round trips create reports and adjustments.
 */
const DB = 'bp_test_excel_monitoring';

type Reasons = Record<'funding' | 'institution' | 'staffing' | 'hardware' | 'other', string>;
interface Row {
  level1: string;
  level2: string;
  name: string;
  target: string;
  progress: string;
  expected: string;
  likelihood: string;
  reasons: Reasons;
  measures: string;
  light: string;
}
interface Report {
  id: number;
  kind: string;
  targetId: number | null;
  unitTargetId: number | null;
  orgId: number;
  year: number;
  month: number;
  title: string;
  status: string;
  budget: string;
  executed: string;
  expectedExecuted: string | null;
  spendPlan: unknown;
  lights: { execution: { rate: string | null; light: string }; overall: string };
  overallLight: string;
  findings: { code: string; severity: string; path: string; message: string }[];
  version: number;
  indicators: Row[];
  history: { action: string; comment: string; userName: string }[];
}
interface TargetDoc {
  id: number;
  projectId?: number;
  status: string;
}

const EMPTY: Reasons = { funding: '', institution: '', staffing: '', hardware: '', other: '' };

let conn: mysql.Connection;
let unit: Api;
let dept: Api;
let finance: Api;
let jiedao: Api;

let bench: JobsBench;

beforeAll(async () => {
  bench = await jobsBench(DB, ['unit', 'dept', 'finance', 'jiedao'], { IMPORT_MAX_MB: '2' });
  ({ conn } = bench);
  [unit, dept, finance, jiedao] = ['unit', 'dept', 'finance', 'jiedao'].map((u) => bench.users[u]);
}, 120_000);

afterAll(async () => {
  await bench?.close();
});

/** What a report says, as a clerk would compare two of them (not which document it is). */
function content(m: Report) {
  return {
    kind: m.kind,
    year: m.year,
    month: m.month,
    title: m.title,
    budget: m.budget,
    executed: m.executed,
    expectedExecuted: m.expectedExecuted,
    spendPlan: m.spendPlan,
    lights: m.lights,
    overallLight: m.overallLight,
    findings: m.findings,
    indicators: m.indicators,
  };
}

/** The writable part of a report, as the console sends it on PUT. */
const inputOf = (rows: Row[]) =>
  rows.map(({ progress, expected, likelihood, reasons, measures }) => ({
    progress,
    expected,
    likelihood,
    reasons,
    measures,
  }));

const report = async (api: Api, id: number) =>
  (await api.get<Report>(`/api/monitoring/${id}`)).body;

async function currentTargets(api: Api): Promise<TargetDoc[]> {
  return (
    await api.get<TargetDoc[]>(
      `/api/targets${listQuery({ filter: { current: true, year: 2023 }, sort: ['id', 'ASC'], range: [0, 20] })}`,
    )
  ).body;
}

/** 调整 an approved target document and get the new revision approved (unit → dept → finance). */
async function approvedAdjustment(resource: 'targets' | 'unit-targets', id: number) {
  const adjusted = await unit.post<TargetDoc>(`/api/${resource}/${id}/adjust`, {
    comment: '监控表导入测试',
  });
  expect(adjusted.status).toBe(201);
  const next = adjusted.body.id;
  expect((await unit.post(`/api/${resource}/${next}/submit`, {})).status).toBe(200);
  expect((await dept.post(`/api/${resource}/${next}/approve`, {})).status).toBe(200);
  const done = await finance.post<TargetDoc>(`/api/${resource}/${next}/approve`, {});
  expect(done.body.status).toBe('approved');
  return next;
}

/** A new report of `subject` for `month`, filled in through the API like the console does. */
async function filledReport(
  subject: { targetId: number } | { unitTargetId: number },
  month: number,
  fill: (rows: Row[]) => { executed: string; expectedExecuted?: string | null; rows: Row[] },
): Promise<Report> {
  const created = await unit.post<Report>('/api/monitoring', { ...subject, month });
  expect(created.status).toBe(201);
  const f = fill(created.body.indicators);
  const saved = await unit.put<Report>(`/api/monitoring/${created.body.id}`, {
    version: created.body.version,
    executed: f.executed,
    expectedExecuted: f.expectedExecuted ?? null,
    indicators: inputOf(f.rows),
  });
  expect(saved.status).toBe(200);
  return report(unit, created.body.id);
}

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    'monitoring_reports',
    'monitoring_indicators',
    'targets',
    'unit_targets',
    'workflow_events',
  ]) {
    const [rows] = await conn.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${table}`);
    out[table] = Number(rows[0].n);
  }
  const [versions] = await conn.query<mysql.RowDataPacket[]>(
    'SELECT COALESCE(SUM(version), 0) AS n FROM monitoring_reports',
  );
  out.versions = Number(versions[0].n);
  const [audit] = await conn.query<mysql.RowDataPacket[]>(
    // A refused import changes nothing: the only rows are logins and the request (who asked).
    "SELECT COUNT(*) AS n FROM audit_logs WHERE resource NOT IN ('auth', 'jobs')",
  );
  out.audit = Number(audit[0].n);
  return out;
}

async function auditActions(id: number): Promise<string[]> {
  const [rows] = await conn.query<mysql.RowDataPacket[]>(
    "SELECT action FROM audit_logs WHERE resource = 'monitoring' AND resourceId = ? ORDER BY id",
    [String(id)],
  );
  return rows.map((r) => String(r.action));
}

const workbook = async (file: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
};
const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** Row and column of the cell whose text (spaces ignored) is `label`. */
function cellWith(ws: ExcelJS.Worksheet, label: string): { row: number; col: number } {
  for (let r = 1; r <= ws.rowCount; r += 1) {
    for (let c = 1; c <= ws.columnCount; c += 1) {
      const v = ws.getCell(r, c).value;
      if (typeof v === 'string' && v.replace(/\s/g, '') === label) return { row: r, col: c };
    }
  }
  throw new Error(`no ${label} in ${ws.name}`);
}

/** Where a clerk types: the 执行数 figures and each indicator's row. */
function places(ws: ExcelJS.Worksheet) {
  const executed = cellWith(ws, '截至监控时点执行数');
  const expectedExecuted = cellWith(ws, '全年预计执行数');
  const header = cellWith(ws, '三级指标').row;
  return {
    executed: ws.getCell(executed.row + 1, executed.col),
    expectedExecuted: ws.getCell(expectedExecuted.row + 1, expectedExecuted.col),
    executedAt: { row: executed.row + 1, col: executed.col },
    header,
    /** Row of indicator i (0-based), as exported. */
    row: (i: number) => header + 1 + i,
  };
}

const failedWith = async (api: Api, type: string, file: Buffer) => {
  const job: JobBody = await importFile(api, type, file);
  expect(job.state).toBe('failed');
  expect(job.message).toMatch(/^导入失败：发现 \d+ 处问题，未导入任何数据/);
  return job.result?.errors ?? [];
};

describe('项目 report: export, import back as a new draft, update the draft', () => {
  let original: Report;
  let file: Buffer;
  let imported: Report;
  let adjustedTarget: number;

  it('exports a filled-in report and imports it, edited, as a new draft of the adjusted targets: every field exact', async () => {
    const [target] = await currentTargets(unit);
    original = await filledReport({ targetId: target.id }, 6, (rows) => {
      expect(rows.length).toBeGreaterThanOrEqual(3);
      return {
        executed: '1.2345',
        expectedExecuted: '3.987654',
        rows: rows.map((r, i) => ({
          ...r,
          ...(i === 0
            ? {
                progress: '2',
                expected: '4',
                likelihood: 'possible',
                reasons: { ...EMPTY, funding: '资金未到位\n预计 9 月到位', other: '天气原因' },
                measures: '催拨资金；加快采购',
              }
            : i === 1
              ? { progress: '100%', expected: '100%', likelihood: 'certain' }
              : { likelihood: '' }),
        })),
      };
    });
    expect(original).toMatchObject({ status: 'draft', executed: '1.2345' });
    expect(original.indicators[0].reasons.funding).toBe('资金未到位\n预计 9 月到位');

    const exported = await exportFile(unit, 'monitoring', [original.id]);
    file = exported.file;
    adjustedTarget = await approvedAdjustment('targets', target.id);

    // The clerk's edits: 执行数 with 2 decimals (a number cell) and one indicator's 完成值.
    const wb = await workbook(file);
    const ws = wb.worksheets[0];
    expect(ws.getCell(2, 1).text).toMatch(/^项目编码：\S+$/);
    const at = places(ws);
    expect(at.executed.value).toBe(1.2345);
    at.executed.value = 2.57;
    ws.getCell(at.row(0), 5).value = '3';
    const edited = await toBuffer(wb);

    const before = await counts();
    const job = await importFile(unit, 'monitoring', edited);
    expect(job).toMatchObject({ state: 'completed', error: null });
    expect(job.message).toBe(`已导入 1 张绩效运行监控表（草稿）。${ws.name}：新建草稿`);
    const entry = job.result?.imported?.[0];
    expect(job.result?.imported).toEqual([
      { sheet: ws.name, resource: 'monitoring', id: expect.any(Number), action: 'create' },
    ]);
    imported = await report(unit, entry?.id as number);
    const after = await counts();
    expect(after.monitoring_reports).toBe(before.monitoring_reports + 1);
    expect(after.monitoring_indicators).toBe(
      before.monitoring_indicators + original.indicators.length,
    );

    expect(imported).toMatchObject({
      status: 'draft',
      targetId: adjustedTarget,
      month: 6,
      executed: '2.57',
      expectedExecuted: '3.987654',
    });
    const expectedRows = original.indicators.map((r, i) => (i === 0 ? { ...r, progress: '3' } : r));
    expect(imported.indicators.map(({ light: _l, ...r }) => r)).toEqual(
      expectedRows.map(({ light: _l, ...r }) => r),
    );
    expect(imported.history.map((h) => [h.action, h.comment])).toEqual([
      ['import', '从 Excel 导入'],
    ]);
    expect(await auditActions(imported.id)).toEqual(['import', 'import']);

    // Lights and findings are the server's: the same edit through the API computes the same.
    const viaApi = await unit.put<Report>(`/api/monitoring/${original.id}`, {
      version: original.version,
      executed: '2.57',
      expectedExecuted: original.expectedExecuted,
      indicators: inputOf(expectedRows),
    });
    expect(viaApi.status).toBe(200);
    expect(content(imported)).toEqual(content(viaApi.body));
    expect(imported.lights.execution.rate).not.toBe(original.lights.execution.rate);
  });

  it('imports into the existing draft of the same month: the same report updated, nothing new', async () => {
    const wb = await workbook(file);
    const ws = wb.worksheets[0];
    const at = places(ws);
    at.executed.value = '1,234.56'; // typed as text, with a thousands separator
    at.expectedExecuted.value = null;
    ws.getCell(at.row(0), 7).value = '1. 经费：还没拨付；2、人员保障: 人手不足';
    ws.getCell(at.row(0), 8).value = '不可能';
    ws.getCell(at.row(0), 9).value = '已协调财政提前拨付';
    const pct = ws.getCell(at.row(1), 5);
    pct.value = 0.855; // 「85.5%」 typed: Excel keeps 0.855 with a percentage format
    pct.numFmt = '0.0%';
    ws.getCell(at.row(1), 7).value = '其他：按计划推进';
    ws.getCell(at.row(1), 8).value = '有可能';
    ws.getCell(at.row(1), 9).value = '持续跟踪';

    const before = await counts();
    const job = await importFile(unit, 'monitoring', await toBuffer(wb));
    expect(job.state).toBe('completed');
    expect(job.result?.imported).toEqual([
      { sheet: ws.name, resource: 'monitoring', id: imported.id, action: 'update' },
    ]);
    const after = await counts();
    expect(after).toEqual({
      ...before,
      versions: before.versions + 1,
      audit: before.audit + 1,
    });
    const updated = await report(unit, imported.id);
    expect(updated.version).toBe(imported.version + 1);
    expect(updated).toMatchObject({ executed: '1234.56', expectedExecuted: null });
    const rows = updated.indicators;
    expect(rows[0]).toMatchObject({
      progress: original.indicators[0].progress,
      expected: '4',
      likelihood: 'impossible',
      reasons: { ...EMPTY, funding: '还没拨付', staffing: '人手不足' },
      measures: '已协调财政提前拨付',
      light: 'red',
    });
    expect(rows[1]).toMatchObject({
      progress: '85.5%',
      expected: '100%',
      likelihood: 'possible',
      reasons: { ...EMPTY, other: '按计划推进' },
      measures: '持续跟踪',
    });
    expect(rows.slice(2)).toEqual(original.indicators.slice(2));
    expect(await auditActions(imported.id)).toEqual(['import', 'import', 'import']);
  });

  it('refuses a report already submitted, at its month, and changes nothing', async () => {
    const draft = await report(unit, imported.id);
    expect(draft.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const submitted = await unit.post<Report>(`/api/monitoring/${imported.id}/submit`, {});
    expect(submitted.body.status).toBe('submitted');
    const before = await counts();
    const errors = await failedWith(unit, 'monitoring', file);
    const ws = (await workbook(file)).worksheets[0];
    expect(errors).toEqual([
      {
        sheet: ws.name,
        row: 2,
        column: 'E',
        message: `项目「${imported.title}」6 月的监控表已提交或已审核，不能导入修改`,
      },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('部门整体 report (单位编码)', () => {
  it('round-trips a unit’s own report: 单位编码 in the header, every decimal kept', async () => {
    const list = await unit.get<TargetDoc[]>(
      `/api/unit-targets${listQuery({ filter: { current: true, year: 2023 } })}`,
    );
    const unitTargetId = list.body[0].id;
    const original = await filledReport({ unitTargetId }, 7, (rows) => ({
      executed: '29671.123456',
      expectedExecuted: '30288.47',
      rows: rows.map((r, i) => ({
        ...r,
        progress: i % 2 ? `${i}项` : '',
        likelihood: i % 3 === 0 ? 'certain' : i % 3 === 1 ? 'possible' : '',
        reasons: i % 3 === 1 ? { ...EMPTY, institution: `制度${i}`, other: '其他：见附件' } : EMPTY,
        measures: i % 3 === 1 ? `措施${i}` : '',
      })),
    }));
    const { file } = await exportFile(unit, 'monitoring', [original.id]);
    const ws = (await workbook(file)).worksheets[0];
    expect(ws.getCell(2, 1).value).toBe('单位编码：XG-SCB-001');
    expect(ws.getCell(2, 5).value).toBe('（2023 年度，截至 7 月底）');
    expect(places(ws).executed.value).toBe(29671.123456);

    const job = await importFile(unit, 'monitoring', file);
    expect(job.state).toBe('completed');
    expect(job.result?.imported).toEqual([
      { sheet: ws.name, resource: 'monitoring', id: original.id, action: 'update' },
    ]);
    const after = await report(unit, original.id);
    expect(after.version).toBe(original.version + 1);
    expect(content(after)).toEqual(content(original));
    expect(after.indicators.length).toBeGreaterThan(10);
  });
});

describe('bad files are refused with their sheet, row and column, and change nothing', () => {
  let base: Buffer;
  let draft: Report;
  let before: Record<string, number>;

  beforeAll(async () => {
    const targets = await currentTargets(unit);
    draft = await filledReport({ targetId: targets[1].id }, 9, (rows) => ({
      executed: '0.5',
      rows,
    }));
    base = (await exportFile(unit, 'monitoring', [draft.id])).file;
    before = await counts();
  });

  afterEach(async () => {
    expect(await counts()).toEqual(before);
  });

  it('text in the 执行数 cell and an unknown 项目编码: both, located', async () => {
    const wb = await workbook(base);
    const ws = wb.worksheets[0];
    const at = places(ws);
    at.executed.value = '一百万';
    ws.getCell(2, 1).value = '项目编码：NO-SUCH-CODE';
    expect(await failedWith(unit, 'monitoring', await toBuffer(wb))).toEqual([
      {
        sheet: ws.name,
        row: at.executedAt.row,
        column: 'D',
        message: '「截至监控时点执行数」应为数字，实际为「一百万」',
      },
      {
        sheet: ws.name,
        row: 2,
        column: 'A',
        message: '项目编码「NO-SUCH-CODE」在 2023 年度的项目库中不存在或不属于本单位',
      },
    ]);
  });

  it('the same project’s report uploaded by a unit it does not belong to', async () => {
    const ws = (await workbook(base)).worksheets[0];
    const code = ws.getCell(2, 1).text.replace('项目编码：', '');
    expect(await failedWith(jiedao, 'monitoring', base)).toEqual([
      {
        sheet: ws.name,
        row: 2,
        column: 'A',
        message: `项目编码「${code}」在 2023 年度的项目库中不存在或不属于本单位`,
      },
    ]);
  });

  it('a wrong layout: a target table as a monitoring report, and a monitoring report as anything else', async () => {
    const [target] = await currentTargets(unit);
    const targetFile = (await exportFile(unit, 'targets', [target.id])).file;
    const errors = await failedWith(unit, 'monitoring', targetFile);
    expect(errors).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'A',
        message: expect.stringMatching(/^不是绩效运行监控表：第 1 行应为标题「绩效运行监控表」/),
      }),
    ]);
    for (const type of ['targets', 'evaluations']) {
      const refused = await failedWith(unit, type, base);
      expect(refused).toEqual([expect.objectContaining({ row: 1, column: 'A' })]);
    }
  });

  it('over-precise 执行数, an unknown 完成目标可能性, a too long 偏差原因, a renamed indicator', async () => {
    const wb = await workbook(base);
    const ws = wb.worksheets[0];
    const at = places(ws);
    at.executed.value = 1.1234567;
    ws.getCell(at.row(0), 8).value = '大概吧';
    ws.getCell(at.row(1), 7).value = `经费保障：${'拨'.repeat(2001)}`;
    const renamed = draft.indicators[2].name;
    ws.getCell(at.row(2), 3).value = '自拟指标';
    const errors = await failedWith(unit, 'monitoring', await toBuffer(wb));
    expect(errors).toEqual([
      {
        sheet: ws.name,
        row: at.row(0),
        column: 'H',
        message: `「${draft.indicators[0].name}」的完成目标可能性应为「确定能」「有可能」「完全不可能」之一（或留空），实际为「大概吧」`,
      },
      {
        sheet: ws.name,
        row: at.row(2),
        column: 'C',
        message: '「自拟指标」不是批复的绩效目标中的指标：监控表的指标应与批复的绩效目标一致',
      },
      {
        sheet: ws.name,
        row: at.header,
        column: 'C',
        message: `缺少指标「${renamed}」：监控表应列出批复的绩效目标的全部 ${draft.indicators.length} 项指标`,
      },
    ]);
    // With the indicator named again, the server's own checks speak, at their cells.
    ws.getCell(at.row(2), 3).value = renamed;
    ws.getCell(at.row(0), 8).value = '有可能';
    expect(await failedWith(unit, 'monitoring', await toBuffer(wb))).toEqual([
      {
        sheet: ws.name,
        row: at.executedAt.row,
        column: 'D',
        message: '截至监控时点执行数必须是非负数字，整数部分最多 9 位，小数最多 6 位',
      },
      {
        sheet: ws.name,
        row: at.row(1),
        column: 'G',
        message: '经费保障不能超过 2000 个字符',
      },
    ]);
  });
});
