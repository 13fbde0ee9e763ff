import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download } from 'playwright-core';
import {
  byTestId,
  downloadedWorkbook,
  launchChromium,
  sessionOf,
  settledScreenshot,
} from '../support/browser';
import { apiCall, tokenFor } from '../support/app';
import { mysqlUrl, REDIS_URL } from '../support/env';
import { dropQueueKeys } from '../support/jobs';
import { recreateDatabase } from '../support/mysql';
import { startServer, type ServerProcess } from '../support/process';

/**
 * 后台任务, 消息通知 and the export of 100 self-evaluations in the console, against the built server
 * in production mode (MariaDB + Redis; the BullMQ workers run in the API process). The unit
 * 洛阳市西工区社区治理和服务创新办公室（本级） has 10 self-evaluations of 2023 in the demo data (9 项目
 * and the 部门整体); the test declares 90 more projects through the API — copies of the nine, one
 * per 社区 — has their targets approved by 主管部门 and 财政局, and fills their self-evaluations with
 * the figures of the originals. Then the clerk exports the 100 from the list.
 *
 * Run `npm run build` first: the server serves the built console from dist/admin.
 */

const DB = 'bp_browser_jobs';
const prefix = `bpbj${process.pid}`;
const YEAR = 2023;
const COMMUNITIES = [
  '金谷园',
  '道北',
  '红山',
  '汉屯',
  '王城',
  '唐宫',
  '邙岭',
  '凯旋',
  '洛北',
  '纱厂',
];

let server: ServerProcess;
let browser: Browser;
let files: string;
let downloads: string;
const contexts: BrowserContext[] = [];
const tokens: Record<string, string> = {};
let unitName = '';

const api = <T>(method: string, path: string, token: string, body?: unknown) =>
  apiCall<T>(server.url, method, path, token, body);
const login = (username: string) => tokenFor(server.url, username);

const list = (filter: object, range = [0, 999]) =>
  `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}`;

interface Row {
  level1: string;
  level2: string;
  name: string;
  target: string;
  basis: string;
  actual: string;
  weight: string;
  score: string | null;
  level: string | null;
  applicable: boolean;
  reason: string;
  description?: string;
  method?: string;
}
interface EvaluationDoc {
  id: number;
  kind: string;
  targetId: number | null;
  version: number;
  template: string;
  budget: Record<string, string>;
  fundManagement: Record<string, string>[];
  indicators: Row[];
  summary: string;
  total: string;
}
interface Project {
  id: number;
  code: string;
  name: string;
  type: string;
  implementer: string;
  amountTotal: string;
  amountFiscal: string;
  amountSpecial: string;
  amountOther: string;
  purpose: string;
  spendPlan: Record<string, string> | null;
}
interface TargetDoc {
  id: number;
  projectId: number;
  goals: string[];
  indicators: Row[];
}

/** One more project like `source`, in `community`, with its targets approved and self-evaluated. */
async function copyProject(source: EvaluationDoc, community: string, n: number): Promise<number> {
  const { unit, dept, finance } = tokens;
  const target = await api<TargetDoc>('GET', `/targets/${source.targetId}`, unit);
  const project = await api<Project>('GET', `/projects/${target.projectId}`, unit);
  const created = await api<Project>('POST', '/projects', unit, {
    year: YEAR,
    code: `${project.code}-${String(n).padStart(2, '0')}`,
    name: `${project.name}（${community}社区）`,
    type: project.type,
    implementer: project.implementer,
    amountTotal: project.amountTotal,
    amountFiscal: project.amountFiscal,
    amountSpecial: project.amountSpecial,
    amountOther: project.amountOther,
    purpose: project.purpose,
    ...(project.spendPlan ? { spendPlan: project.spendPlan } : {}),
  });
  const draft = await api<TargetDoc>('POST', '/targets', unit, {
    projectId: created.id,
    goals: target.goals,
    indicators: target.indicators.map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      target: r.target,
      basis: r.basis,
      description: r.description,
      method: r.method,
      weight: r.weight,
    })),
  });
  await api('POST', `/targets/${draft.id}/submit`, unit, {});
  await api('POST', `/targets/${draft.id}/approve`, dept, {});
  await api('POST', `/targets/${draft.id}/approve`, finance, {});
  const evaluation = await api<EvaluationDoc>('POST', '/evaluations', unit, {
    targetId: draft.id,
  });
  const saved = await api<EvaluationDoc>('PUT', `/evaluations/${evaluation.id}`, unit, {
    template: source.template,
    budget: source.budget,
    fundManagement: source.fundManagement,
    indicators: source.indicators.map((r) => ({
      level1: r.level1,
      level2: r.level2,
      name: r.name,
      target: r.target,
      actual: r.actual,
      weight: r.weight,
      // The rule scores: the published ones of the seed differ in places, without a reason.
      score: null,
      level: r.level,
      applicable: r.applicable,
      reason: r.reason,
      basis: r.basis,
    })),
    summary: source.summary,
    version: evaluation.version,
  });
  return saved.id;
}

const sessionAs = (username: string) => sessionOf(browser, server.url, username, contexts);
const shot = settledScreenshot;
const workbookOf = (download: Download) => downloadedWorkbook(download, downloads);

interface JobSample {
  id: string;
  state: string;
  progress: number;
}

/** Records the progress of the unit's latest job through the API while `work` runs. */
async function watchingProgress<T>(work: () => Promise<T>): Promise<[T, JobSample[]]> {
  const samples: JobSample[] = [];
  let done = false;
  const poll = (async () => {
    while (!done) {
      const [job] = await api<JobSample[]>(
        'GET',
        `/jobs?sort=${encodeURIComponent('["createdAt","DESC"]')}&range=[0,0]`,
        tokens.unit,
      );
      if (job) samples.push({ id: job.id, state: job.state, progress: job.progress });
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return [await work(), samples];
  } finally {
    done = true;
    await poll;
  }
}

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'bp-browser-jobs-'));
  downloads = mkdtempSync(join(tmpdir(), 'bp-browser-downloads-'));
  await recreateDatabase(DB);
  server = await startServer({
    DATABASE_URL: mysqlUrl(DB),
    REDIS_URL,
    JWT_SECRET: 'browser-test-secret-browser-test-secret-0123',
    DEMO_DATA: 'true',
    QUEUE_PREFIX: prefix,
    FILES_DIR: files,
  });
  browser = await launchChromium();
  for (const name of ['unit', 'dept', 'finance', 'admin']) tokens[name] = await login(name);
  unitName = (await api<{ name: string }>('GET', '/auth/me', tokens.unit)).name;

  const mine = await api<EvaluationDoc[]>(
    'GET',
    `/evaluations${list({ year: YEAR })}`,
    tokens.unit,
  );
  expect(mine).toHaveLength(10);
  const sources = await Promise.all(
    mine
      .filter((e) => e.kind === 'project')
      .map((e) => api<EvaluationDoc>('GET', `/evaluations/${e.id}`, tokens.unit)),
  );
  expect(sources).toHaveLength(9);
  // 90 more, one after the other (a unit's clerk declares one project at a time): 10 社区 × 9.
  const started = Date.now();
  for (const [c, community] of COMMUNITIES.entries())
    for (const [k, source] of sources.entries())
      await copyProject(source, community, c * 9 + k + 1);
  console.log(`declared and self-evaluated 90 projects in ${Date.now() - started} ms`);
}, 300_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  await dropQueueKeys(prefix);
  rmSync(files, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

describe('background jobs in the console', () => {
  it('exports the 100 self-evaluations of 2023 with a progress bar and hands over the file', async () => {
    const page = await sessionAs('unit');
    await page.goto(
      `${server.url}/#/evaluations?filter=${encodeURIComponent(JSON.stringify({ year: YEAR }))}`,
    );
    await page.getByText('共 100 条').first().waitFor();
    const button = byTestId(page, 'evaluations-export');
    await button.waitFor();

    const [[download, shown], samples] = await watchingProgress(async () => {
      const downloaded = page.waitForEvent('download', { timeout: 120_000 });
      await button.click();
      // The button turns into a progress bar with the job's percentage.
      const bar = byTestId(page, 'evaluations-export-progress');
      await bar.waitFor();
      await page
        .locator('[data-testid="evaluations-export"]', { hasText: /导出中 [1-9]\d?%/ })
        .waitFor({ timeout: 60_000 });
      const percent = Number(await bar.getAttribute('aria-valuenow'));
      await shot(page, 'jobs-export-progress');
      return [await downloaded, percent] as const;
    });
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(100);

    // The job reported its way through the 100 documents.
    const active = samples.filter((s) => s.state === 'active').map((s) => s.progress);
    expect(new Set(active).size).toBeGreaterThanOrEqual(3);
    expect(active).toEqual([...active].sort((a, b) => a - b));
    expect(samples.at(-1)).toMatchObject({ state: 'completed', progress: 100 });
    const finished = await api<{ startedAt: string; finishedAt: string }>(
      'GET',
      `/jobs/${samples[0].id}`,
      tokens.unit,
    );
    console.log(
      `export of 100 self-evaluations: ${Date.parse(finished.finishedAt) - Date.parse(finished.startedAt)} ms in the worker, ${new Set(active).size} progress steps seen`,
    );

    // The file: one sheet per self-evaluation, 99 项目单位自评表 and the 部门整体自评表.
    expect(download.suggestedFilename()).toBe('绩效自评表（100 份）.xlsx');
    const workbook = await workbookOf(download);
    expect(workbook.worksheets).toHaveLength(100);
    const titles = workbook.worksheets.map((ws) => ws.getCell('A1').text);
    expect(titles.filter((t) => t === '项目单位自评表')).toHaveLength(99);
    expect(titles.filter((t) => t === '部门整体自评表')).toHaveLength(1);
    await page.getByText('已导出「绩效自评表（100 份）.xlsx」').waitFor();

    // The bell counts the 文件已生成 message; its menu lists it.
    const bell = byTestId(page, 'notification-bell');
    await page.locator('[data-testid="notification-bell"][data-unread="1"]').waitFor();
    await bell.click();
    const item = byTestId(page, 'notification-menu-item').filter({
      hasText: '文件已生成：绩效自评表（100 份）.xlsx',
    });
    await item.waitFor();
    await shot(page, 'jobs-notification-bell');

    // 消息通知: the message in bold until it is marked read.
    await byTestId(page, 'notification-menu-all').click();
    await page.waitForURL(/#\/notifications/);
    const row = byTestId(page, 'notification-row').filter({
      hasText: '文件已生成：绩效自评表（100 份）.xlsx',
    });
    await row.waitFor();
    expect(await row.getAttribute('data-read')).toBe('false');
    const weight = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('[data-testid="notification-row"][data-read="false"] [data-testid="notification-title"]')).fontWeight`,
    );
    expect(weight).toBe('700');
    await shot(page, 'jobs-notifications');
    await byTestId(page, 'notification-mark-read').first().click();
    await page
      .locator('[data-testid="notification-row"][data-read="true"]', {
        hasText: '文件已生成',
      })
      .waitFor();
    await page.locator('[data-testid="notification-bell"][data-unread="0"]').waitFor();

    // 后台任务: the finished job, with 下载 for its file.
    await page.goto(`${server.url}/#/jobs`);
    const jobRow = page.locator('tr', { hasText: '绩效自评表（100 份）' });
    await jobRow.locator('[data-testid="job-state"][data-state="completed"]').waitFor();
    expect(await jobRow.locator('[data-testid="job-message"]').textContent()).toBe(
      '已生成「绩效自评表（100 份）.xlsx」（100 份）',
    );
    await shot(page, 'jobs-list-completed');
    const again = page.waitForEvent('download');
    await jobRow.locator('[data-testid="job-download"]').click();
    expect((await workbookOf(await again)).worksheets).toHaveLength(100);
  });

  it('offers the file when an export finishes after the clerk has left the page', async () => {
    const page = await sessionAs('unit');
    await page.goto(
      `${server.url}/#/evaluations?filter=${encodeURIComponent(JSON.stringify({ year: YEAR, kind: 'project' }))}`,
    );
    await page.getByText('共 99 条').first().waitFor();
    await byTestId(page, 'evaluations-export').click();
    // Straight on to 后台任务, before the file is ready: the job runs on there, with a bar.
    await byTestId(page, 'menu-jobs').click();
    await page.waitForURL(/#\/jobs/);
    const running = page.locator('tr', { hasText: '绩效自评表（99 份）' });
    const progress = running.locator('[data-testid="job-progress"]');
    await progress.waitFor({ timeout: 30_000 });
    await running.locator('[data-testid="job-percent"]', { hasText: /^\d+%$/ }).waitFor();
    await byTestId(page, 'jobs-refreshing').waitFor();
    await shot(page, 'jobs-list-running');

    // The list follows the job to its end by itself, and the app bar offers the file.
    await running.locator('[data-testid="job-state"][data-state="completed"]').waitFor();
    const prompt = byTestId(page, 'job-finished');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('文件已生成：项目单位自评表（99 份）.xlsx');
    await shot(page, 'jobs-file-ready');
    const download = page.waitForEvent('download');
    await byTestId(page, 'job-finished-download').click();
    const workbook = await workbookOf(await download);
    expect(workbook.worksheets).toHaveLength(99);
    await prompt.waitFor({ state: 'detached' });
  });

  it('shows an administrator everyone’s jobs with who started them', async () => {
    const page = await sessionAs('admin');
    await page.goto(`${server.url}/#/jobs`);
    const row = page.locator('tr', { hasText: '绩效自评表（100 份）' });
    await row.waitFor();
    expect(await row.textContent()).toContain(unitName);
    // The administrator did not export it: no message for them.
    await page.locator('[data-testid="notification-bell"][data-unread="0"]').waitFor();
    await shot(page, 'jobs-list-admin');
  });
});
