import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page, Route } from 'playwright-core';
import {
  byTestId,
  downloadedWorkbook,
  launchChromium,
  sessionOf,
  settledScreenshot,
} from '../support/browser';
import { mysqlUrl, REDIS_URL } from '../support/env';
import { dropQueueKeys } from '../support/jobs';
import { recreateDatabase } from '../support/mysql';
import { startServer, type ServerProcess } from '../support/process';

/**
 * 导入 in the console, against the built server in production mode (MariaDB + Redis, the workers
 * in the API process) with IMPORT_MAX_MB=5: the unit's clerk exports a self-evaluation from the
 * list, changes an 实际完成值 and a 得分 in Excel, and imports the workbook through the dialog into
 * the draft self-evaluation of the same project; a workbook with text in number cells is refused
 * with every problem located and nothing changed; a project target table exported from its list
 * comes back as an adjustment (发起调整). On the monitoring list, 导出监控表 and 导入 bring
 * a changed 执行数 back into the draft report, and a clerk who leaves while an import runs is
 * told its outcome by the app bar.
 *
 * Run `npm run build` first: the server serves the built console from dist/admin.
 */

const DB = 'bp_browser_import';
const prefix = `bpbi${process.pid}`;
const TITLE = '社区治理和服务创新资金(含物业管理工作)';

let server: ServerProcess;
let browser: Browser;
let files: string;
let downloads: string;
const contexts: BrowserContext[] = [];
const tokens: Record<string, string> = {};

async function api<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function login(username: string): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2024' }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const list = (filter: object, range = [0, 999]) =>
  `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}`;

interface Indicator {
  name: string;
  actual: string;
  score: string | null;
  reason: string;
}
interface Evaluation {
  id: number;
  title: string;
  status: string;
  targetId: number | null;
  version: number;
  total: string;
  updatedAt: string;
  indicators: Indicator[];
}
interface MonitoringReport {
  id: number;
  status: string;
  executed: string;
  version: number;
  month: number;
  indicators: { progress: string; expected: string; likelihood: string }[];
}
interface Problem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}
interface Job {
  id: string;
  type: string;
  state: string;
  result: { errors?: Problem[] } | null;
}

const sessionAs = (username: string) => sessionOf(browser, server.url, username, contexts);
const shot = settledScreenshot;
const workbookOf = (download: Download) => downloadedWorkbook(download, downloads);

const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** Row and column of the cell whose text (spaces ignored) is `label`. */
function cellWith(ws: ExcelJS.Worksheet, label: string): { row: number; col: number } {
  for (let r = 1; r <= ws.rowCount; r += 1)
    for (let c = 1; c <= ws.columnCount; c += 1) {
      const v = ws.getCell(r, c).value;
      if (typeof v === 'string' && v.replace(/\s/g, '') === label) return { row: r, col: c };
    }
  throw new Error(`no ${label} in ${ws.name}`);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Opens the dialog of `button`, picks `file` and uploads it. */
async function importThroughDialog(
  page: Page,
  button: string,
  name: string,
  file: Buffer,
): Promise<void> {
  await byTestId(page, button).click();
  const dialog = byTestId(page, 'import-dialog');
  await dialog.waitFor();
  await byTestId(page, 'import-file').setInputFiles({ name, mimeType: XLSX, buffer: file });
  await byTestId(page, 'import-file-name').filter({ hasText: name }).waitFor();
  await byTestId(page, 'import-upload').click();
}

/** The problems table of the dialog, row by row: 工作表 / 行 / 列 / 问题. */
async function problemTable(page: Page): Promise<string[][]> {
  const rows = byTestId(page, 'import-problem');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i += 1)
    out.push((await rows.nth(i).locator('td').allTextContents()).map((text) => text.trim()));
  return out;
}

/** The unit's latest job, as the API shows it. */
async function latestJob(token: string): Promise<Job> {
  const [job] = await api<Job[]>(
    'GET',
    `/jobs?sort=${encodeURIComponent('["createdAt","DESC"]')}&range=[0,0]`,
    token,
  );
  return job;
}

/** 调整 an approved target table and get the new revision approved: a draft may then follow it. */
async function approvedAdjustment(targetId: number): Promise<number> {
  const next = await api<{ id: number }>('POST', `/targets/${targetId}/adjust`, tokens.unit, {
    comment: '导入草稿',
  });
  await api('POST', `/targets/${next.id}/submit`, tokens.unit, {});
  await api('POST', `/targets/${next.id}/approve`, tokens.dept, {});
  await api('POST', `/targets/${next.id}/approve`, tokens.finance, {});
  return next.id;
}

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'bp-browser-import-'));
  downloads = mkdtempSync(join(tmpdir(), 'bp-browser-import-downloads-'));
  await recreateDatabase(DB);
  server = await startServer({
    DATABASE_URL: mysqlUrl(DB),
    REDIS_URL,
    JWT_SECRET: 'browser-test-secret-browser-test-secret-0123',
    DEMO_DATA: 'true',
    QUEUE_PREFIX: prefix,
    FILES_DIR: files,
    IMPORT_MAX_MB: '5',
  });
  browser = await launchChromium();
  for (const name of ['unit', 'dept', 'finance', 'jiedao']) tokens[name] = await login(name);
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  await dropQueueKeys(prefix);
  rmSync(files, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

describe('导入 on the self-evaluation and target lists', () => {
  let draft: Evaluation;
  let exported: ExcelJS.Workbook;

  it('imports a self-evaluation changed in Excel into the draft, and opens it with the new figures', async () => {
    // The published self-evaluation of the project, and a draft for its adjusted targets.
    const [original] = await api<Evaluation[]>(
      'GET',
      `/evaluations${list({ year: 2023, q: TITLE, status: 'approved' })}`,
      tokens.unit,
    );
    expect(original.title).toBe(TITLE);
    const full = await api<Evaluation>('GET', `/evaluations/${original.id}`, tokens.unit);
    const targetId = await approvedAdjustment(full.targetId as number);
    draft = await api<Evaluation>('POST', '/evaluations', tokens.unit, { targetId });
    expect(draft.status).toBe('draft');
    expect(full.indicators[0]).toMatchObject({ actual: '1.64 万元', score: '10' });
    expect(full.total).toBe('95.13');

    // 导出自评表 of the approved one, from the filtered list.
    const page = await sessionAs('unit');
    await page.goto(
      `${server.url}/#/evaluations?filter=${encodeURIComponent(JSON.stringify({ year: 2023, q: TITLE, status: 'approved' }))}`,
    );
    await page.getByText('共 1 条').first().waitFor();
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await byTestId(page, 'evaluations-export').click();
    exported = await workbookOf(await downloaded);
    expect(exported.worksheets).toHaveLength(1);

    // In Excel: the first indicator's 实际完成值 and 得分, with the reason a changed score needs.
    const ws = exported.worksheets[0];
    const row = cellWith(ws, full.indicators[0].name).row;
    expect(ws.getCell(row, 6).text).toBe('1.64 万元');
    ws.getCell(row, 6).value = '1.80 万元';
    ws.getCell(row, 8).value = 9;
    ws.getCell(row, 10).value = '部分支出票据未及时报账，扣 1 分';
    const changed = await toBuffer(ws.workbook);

    // The dialog says what the file must be, with the server's limit (IMPORT_MAX_MB=5).
    await byTestId(page, 'evaluations-import').click();
    const rules = byTestId(page, 'import-rules');
    await rules.getByText('不超过 5 MB', { exact: false }).waitFor();
    expect(await rules.textContent()).toContain(
      '与本页“导出”生成的项目单位自评表 / 部门整体自评表相同',
    );
    expect(await rules.textContent()).toContain('.xlsx');
    expect(await byTestId(page, 'import-upload').isDisabled()).toBe(true);
    await byTestId(page, 'import-file').setInputFiles({
      name: '社区治理自评表（已填写）.xlsx',
      mimeType: XLSX,
      buffer: changed,
    });
    await byTestId(page, 'import-file-name')
      .filter({ hasText: '社区治理自评表（已填写）.xlsx' })
      .waitFor();
    await shot(page, 'import-dialog');
    await byTestId(page, 'import-upload').click();

    // Done: each sheet with what became of it, and a link to the draft.
    const summary = byTestId(page, 'import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toBe('已导入 1 张工作表：更新草稿 1 张');
    const item = byTestId(page, 'import-item');
    expect(await item.count()).toBe(1);
    expect((await item.locator('td').allTextContents()).slice(0, 2)).toEqual([ws.name, '更新草稿']);
    await shot(page, 'import-done');

    // The list refreshed: the draft now carries the imported total.
    const after = await api<Evaluation>('GET', `/evaluations/${draft.id}`, tokens.unit);
    expect(after).toMatchObject({ status: 'draft', total: '94.13' });
    expect(after.indicators[0]).toMatchObject({
      actual: '1.80 万元',
      score: '9',
      reason: '部分支出票据未及时报账，扣 1 分',
    });

    await byTestId(page, 'import-item-open').click();
    await page.waitForURL(new RegExp(`#/evaluations/${draft.id}/show`));
    await byTestId(page, 'ind-0-actual').filter({ hasText: '1.80 万元' }).waitFor();
    expect(await byTestId(page, 'ind-0-computed').first().textContent()).toMatch(/^9(\.0+)?$/);
    expect(await byTestId(page, 'ind-0-reason').textContent()).toBe(
      '部分支出票据未及时报账，扣 1 分',
    );
    await byTestId(page, 'sheet-total').filter({ hasText: '94.13' }).first().waitFor();
    await byTestId(page, 'import-dialog').waitFor({ state: 'detached' });
    await shot(page, 'import-draft-opened');
  });

  it('refuses text in number cells: every problem with its sheet, row and column, nothing changed', async () => {
    const before = await api<Evaluation>('GET', `/evaluations/${draft.id}`, tokens.unit);
    const ws = exported.worksheets[0];
    const row = cellWith(ws, before.indicators[1].name).row;
    ws.getCell(row, 8).value = '满分';
    const budget = cellWith(ws, '全年执行数');
    ws.getCell(budget.row + 1, budget.col).value = '一万六千四百';
    const broken = await toBuffer(ws.workbook);

    const page = await sessionAs('unit');
    await page.goto(`${server.url}/#/evaluations`);
    await importThroughDialog(page, 'evaluations-import', '自评表（有误）.xlsx', broken);
    const refused = byTestId(page, 'import-refused');
    await refused.waitFor({ timeout: 60_000 });
    expect(await refused.textContent()).toBe(
      '发现 2 处问题，未导入任何数据。请在 Excel 中逐一修改后重新导入。',
    );

    // The server located both: the 全年执行数 cell and the 得分 of the second indicator (H).
    const job = await latestJob(tokens.unit);
    expect(job).toMatchObject({ type: 'import', state: 'failed' });
    const errors = job.result?.errors ?? [];
    const letter = String.fromCharCode(64 + budget.col);
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      [ws.name, budget.row + 1, letter],
      [ws.name, row, 'H'],
    ]);
    expect(errors[1].message).toContain('满分');
    // The dialog lists them as the server gives them.
    expect(await problemTable(page)).toEqual(
      errors.map((e) => [e.sheet, String(e.row), e.column, e.message]),
    );
    const headers = await byTestId(page, 'import-problems').locator('th').allTextContents();
    expect(headers).toEqual(['工作表', '行', '列', '问题']);
    await shot(page, 'import-refused');

    // Nothing was imported.
    const after = await api<Evaluation>('GET', `/evaluations/${draft.id}`, tokens.unit);
    expect(after).toEqual(before);

    // 重新选择文件 goes back to the picker.
    await byTestId(page, 'import-again').click();
    await byTestId(page, 'import-upload').waitFor();
  });

  it('shows the server’s message for a file it cannot read (400), and checks the name before sending', async () => {
    const page = await sessionAs('unit');
    await page.goto(`${server.url}/#/evaluations`);
    const good = await toBuffer(exported);
    await importThroughDialog(page, 'evaluations-import', '截断.xlsx', good.subarray(0, 400));
    const error = byTestId(page, 'import-file-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('已损坏');
    expect(await byTestId(page, 'import-upload').isDisabled()).toBe(true);
    await shot(page, 'import-bad-file');

    // Not .xlsx: refused before upload, in the server's words.
    await byTestId(page, 'import-file').setInputFiles({
      name: '自评表.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: good,
    });
    await error.filter({ hasText: '只支持 .xlsx 格式' }).waitFor();
    expect(await byTestId(page, 'import-upload').isDisabled()).toBe(true);
  });

  it('brings an approved project target table back as an adjustment (发起调整) from the target list', async () => {
    const page = await sessionAs('unit');
    const filter = { year: 2023, q: '党建工作经费', current: true };
    await page.goto(`${server.url}/#/targets?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    await page.getByText('共 1 条').first().waitFor();
    const [approved] = await api<{ id: number; status: string; revision: number }[]>(
      'GET',
      `/targets${list(filter)}`,
      tokens.unit,
    );
    expect(approved).toMatchObject({ status: 'approved', revision: 1 });
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await byTestId(page, 'targets-export').click();
    const wb = await workbookOf(await downloaded);
    expect(wb.worksheets).toHaveLength(1);

    await importThroughDialog(page, 'targets-import', '党建工作经费.xlsx', await toBuffer(wb));
    const summary = byTestId(page, 'import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toBe('已导入 1 张工作表：发起调整 1 张');
    expect(await byTestId(page, 'import-item-action').textContent()).toBe('发起调整');
    await byTestId(page, 'import-item-open').click();
    await page.waitForURL(/#\/targets\/\d+\/show/);
    const id = Number(/#\/targets\/(\d+)\/show/.exec(page.url())?.[1]);
    expect(id).not.toBe(approved.id);
    const adjustment = await api<{ status: string; revision: number }>(
      'GET',
      `/targets/${id}`,
      tokens.unit,
    );
    expect(adjustment).toMatchObject({ status: 'draft', revision: 2 });
  });

  it('offers 导入 to the unit’s clerk only', async () => {
    const clerk = await sessionAs('unit');
    await clerk.goto(`${server.url}/#/unit-targets`);
    await byTestId(clerk, 'unit-targets-export').waitFor();
    await byTestId(clerk, 'unit-targets-import').waitFor();
    await byTestId(clerk, 'unit-targets-import').click();
    expect(await byTestId(clerk, 'import-dialog').locator('h2').textContent()).toBe(
      '导入部门（单位）整体绩效目标表',
    );

    const page = await sessionAs('dept');
    await page.goto(`${server.url}/#/evaluations`);
    await byTestId(page, 'evaluations-export').waitFor();
    expect(await byTestId(page, 'evaluations-import').count()).toBe(0);
    await page.goto(`${server.url}/#/targets`);
    await byTestId(page, 'targets-export').waitFor();
    expect(await byTestId(page, 'targets-import').count()).toBe(0);
  });
});

describe('导出 and 导入 on the monitoring list', () => {
  let report: MonitoringReport;

  it('exports the reports of the filter and imports a changed 执行数 into the draft', async () => {
    // 西工街道's clerk reports June on one of its approved project targets.
    const [target] = await api<{ id: number }[]>(
      'GET',
      `/targets${list({ year: 2023, current: true }, [0, 0])}`,
      tokens.jiedao,
    );
    const created = await api<MonitoringReport>('POST', '/monitoring', tokens.jiedao, {
      targetId: target.id,
      month: 6,
    });
    report = await api<MonitoringReport>('PUT', `/monitoring/${created.id}`, tokens.jiedao, {
      version: created.version,
      executed: '1.5',
      expectedExecuted: null,
      indicators: created.indicators.map((r) => ({
        progress: r.progress,
        expected: r.expected,
        likelihood: r.likelihood,
        reasons: { funding: '', institution: '', staffing: '', hardware: '', other: '' },
        measures: '',
      })),
    });
    expect(report.executed).toBe('1.5');

    const page = await sessionAs('jiedao');
    await page.goto(`${server.url}/#/monitoring`);
    await page.getByText('共 1 条').first().waitFor();
    await byTestId(page, 'monitoring-import').waitFor();
    await shot(page, 'import-monitoring-list');
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await byTestId(page, 'monitoring-export').click();
    const wb = await workbookOf(await downloaded);
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0];
    expect(ws.getCell(1, 1).value).toBe('绩效运行监控表');
    const executed = cellWith(ws, '截至监控时点执行数');
    const cell = ws.getCell(executed.row + 1, executed.col);
    expect(Number(cell.value)).toBe(1.5);
    cell.value = 2.57;

    await importThroughDialog(page, 'monitoring-import', '监控表.xlsx', await toBuffer(wb));
    const summary = byTestId(page, 'import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toBe('已导入 1 张工作表：更新草稿 1 张');
    await byTestId(page, 'import-item-open').click();
    await page.waitForURL(new RegExp(`#/monitoring/${report.id}/show`));
    await byTestId(page, 'monitoring-executed').filter({ hasText: '2.57' }).waitFor();
    const after = await api<MonitoringReport>('GET', `/monitoring/${report.id}`, tokens.jiedao);
    expect(after).toMatchObject({ status: 'draft', executed: '2.57' });
  });

  it('keeps an import that the clerk walked away from: the app bar tells its outcome', async () => {
    const page = await sessionAs('jiedao');
    await page.goto(`${server.url}/#/monitoring`);
    await page.getByText('共 1 条').first().waitFor();
    // Another 执行数.
    const { file } = await (async () => {
      const downloaded = page.waitForEvent('download', { timeout: 60_000 });
      await byTestId(page, 'monitoring-export').click();
      const wb = await workbookOf(await downloaded);
      const ws = wb.worksheets[0];
      const at = cellWith(ws, '截至监控时点执行数');
      ws.getCell(at.row + 1, at.col).value = 3.14;
      return { file: await toBuffer(wb) };
    })();
    // Nobody on the page hears from the job until the clerk has left: its answers (the dialog's
    // and the app bar's) are held back, as on a slow line.
    const jobsApi = /\/api\/jobs(\/[^/?]+)?(\?.*)?$/;
    const held: Route[] = [];
    await page.route(jobsApi, (route) => {
      held.push(route);
    });
    await importThroughDialog(page, 'monitoring-import', '监控表（二）.xlsx', file);
    await byTestId(page, 'import-progress').waitFor();
    await byTestId(page, 'import-running').getByText('可关闭此窗口', { exact: false }).waitFor();
    expect(await byTestId(page, 'import-running').textContent()).toContain(
      '文件：监控表（二）.xlsx',
    );
    await shot(page, 'import-running');

    // The clerk closes the dialog and goes on to 后台任务 before the dialog has heard back.
    await byTestId(page, 'import-close').click();
    await byTestId(page, 'import-dialog').waitFor({ state: 'detached' });
    await byTestId(page, 'menu-jobs').click();
    await page.waitForURL(/#\/jobs/);
    await page.unroute(jobsApi);
    for (const route of held) await route.continue().catch(() => undefined);

    const prompt = byTestId(page, 'job-finished');
    await prompt.waitFor({ timeout: 60_000 });
    expect(await prompt.textContent()).toContain('导入已完成');
    const row = page.locator('tr', { hasText: '监控表（二）.xlsx' });
    await row.locator('[data-testid="job-state"][data-state="completed"]').waitFor();
    await shot(page, 'import-left-page');
    const after = await api<MonitoringReport>('GET', `/monitoring/${report.id}`, tokens.jiedao);
    expect(after.executed).toBe('3.14');
  });
});
