import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, loginAs, screenshot } from '../support/browser';
import { apiCall, tokenFor } from '../support/app';
import { startServer, type ServerProcess } from '../support/process';

/**
 * 管理驾驶舱, 结果应用 and 问题整改 in the console, against the real server (dist/, embedded mode,
 * demo data): the 2023 self-evaluations of 洛阳市西工区社区治理和服务创新办公室（本级） (9 project
 * evaluations: 6 优 / 2 良 / 1 中, 全年预算数 2156.2 / 执行数 1932.63 万元) plus two monitoring
 * reports the unit hands in here (a red and a yellow light).
 *
 * Run `npm run build` first: the server serves the built console from dist/admin.
 */

let server: ServerProcess;
let browser: Browser;
let dataDir: string;
const contexts: BrowserContext[] = [];
const orgs: Record<'region' | 'department' | 'unit', number> = {
  region: 0,
  department: 0,
  unit: 0,
};
const REGION = '洛阳市西工区';
const DEPARTMENT = '洛阳市西工区社区治理和服务创新办公室';
const UNIT = '洛阳市西工区社区治理和服务创新办公室（本级）';
const reports: { red: number; yellow: number } = { red: 0, yellow: 0 };

const api = <T>(method: 'GET' | 'POST' | 'PUT', path: string, token: string, body?: unknown) =>
  apiCall<T>(server.url, method, path, token, body);
const tokenOf = (username: string) => tokenFor(server.url, username);

/** The unit reports on one of its 2023 projects at 6月 and hands the report in. */
async function handInMonitoring(token: string, targetId: number, executed: string) {
  const created = await api<{ id: number; version: number; indicators: unknown[] }>(
    'POST',
    '/monitoring',
    token,
    { targetId, month: 6 },
  );
  const updated = await api<{ version: number; overallLight: string }>(
    'PUT',
    `/monitoring/${created.id}`,
    token,
    { executed, indicators: created.indicators.map(() => ({})), version: created.version },
  );
  await api('POST', `/monitoring/${created.id}/submit`, token, {});
  return { id: created.id, light: updated.overallLight };
}

async function sessionAs(username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  contexts.push(context);
  const page = await context.newPage();
  await loginAs(page, server.url, username);
  return page;
}

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** Full-page screenshot from the top, once the figures of `orgName` are shown. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForFunction(
    "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)",
  );
  await screenshot(page, name);
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Waits until the dashboard shows exactly `name` and has finished loading. */
async function showsOrg(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="trail-current"]', { hasText: exactly(name) }).waitFor();
  await byTestId(page, 'dashboard-loading').waitFor({ state: 'detached' });
}

/** An attribute of every element a locator matches, in document order. */
async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (const item of await locator.all()) out.push(await item.getAttribute(name));
  return out;
}

const svgText = (page: Page, chart: string, text: string) =>
  page.locator(`[data-testid="${chart}"] svg text`, { hasText: text });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bp-browser-dashboard-'));
  server = await startServer({ DATA_DIR: dataDir }, 'dist');
  browser = await launchChromium();
  const admin = await tokenOf('admin');
  const all = await api<{ id: number; name: string }[]>('GET', '/orgs?range=[0,99]', admin);
  const idOf = (name: string) => {
    const found = all.find((o) => o.name === name);
    if (!found) throw new Error(`no org ${name}`);
    return found.id;
  };
  orgs.region = idOf(REGION);
  orgs.department = idOf(DEPARTMENT);
  orgs.unit = idOf(UNIT);
  // Two lagging projects at 6月 (序时进度 50%): nothing spent (red), 35.24% spent (yellow).
  const unit = await tokenOf('unit');
  const targets = await api<{ id: number; project: { name: string } }[]>(
    'GET',
    `/targets?filter=${encodeURIComponent(JSON.stringify({ year: 2023 }))}&range=[0,49]`,
    unit,
  );
  const targetOf = (name: string) => {
    const found = targets.find((t) => t.project.name === name);
    if (!found) throw new Error(`no target ${name}`);
    return found.id;
  };
  const red = await handInMonitoring(unit, targetOf('社区治理和服务创新资金(含物业管理工作)'), '0');
  const yellow = await handInMonitoring(unit, targetOf('区政府购买服务'), '3.7');
  expect([red.light, yellow.light]).toEqual(['red', 'yellow']);
  reports.red = red.id;
  reports.yellow = yellow.id;
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('管理驾驶舱', () => {
  it('keeps the login route under 400 KB of gzipped JavaScript (dashboard and charts are lazy)', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(response.url());
    });
    await page.goto(`${server.url}/#/login`);
    await page.getByLabel('用户名').waitFor();
    let gzipped = 0;
    for (const url of scripts) {
      gzipped += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
    }
    expect(scripts.size).toBeGreaterThan(0);
    expect([...scripts].some((u) => /\/(charts|Dashboard)-/.test(u))).toBe(false);
    expect(gzipped).toBeLessThan(400 * 1024);
  });

  it('opens the 2023 figures of 洛阳市西工区 for the 领导', async () => {
    const page = await sessionAs('manager');
    await showsOrg(page, REGION);
    await expect(byTestId(page, 'dashboard-title').innerText()).resolves.toBe('管理驾驶舱');
    // The latest year with self-evaluations is chosen by itself.
    await expect(byTestId(page, 'year-select').inputValue()).resolves.toBe('2023');
    await expect(byTestId(page, 'kpi-evaluations-value').innerText()).resolves.toMatch(/^9\s*份$/);
    await expect(byTestId(page, 'kpi-grades').innerText()).resolves.toBe(
      '优 6 · 良 2 · 中 1 · 差 0',
    );
    await expect(byTestId(page, 'kpi-adjusted-value').innerText()).resolves.toMatch(
      /^2,156\.20\s*万元$/,
    );
    await expect(byTestId(page, 'kpi-executed-value').innerText()).resolves.toMatch(
      /^1,932\.63\s*万元$/,
    );
    await expect(byTestId(page, 'kpi-rate-value').innerText()).resolves.toBe('89.63%');
    await expect(byTestId(page, 'kpi-average-value').innerText()).resolves.toMatch(/^90\.04\s*分$/);
    await expect(byTestId(page, 'kpi-lights-value').innerText()).resolves.toBe('1 / 1');
    // 2022 has no data: no year-over-year change is claimed.
    await expect(page.locator('[data-testid$="-delta"]').count()).resolves.toBe(0);

    // The charts (a lazy chunk) render with Chinese labels.
    await svgText(page, 'chart-grades', '优 6项（66.67%）').waitFor();
    await svgText(page, 'chart-grades', '良 2项（22.22%）').waitFor();
    await svgText(page, 'chart-grades', '中 1项（11.11%）').waitFor();
    await svgText(page, 'chart-histogram', '自评得分（分）').waitFor();
    await svgText(page, 'chart-histogram', '项目数').waitFor();
    await svgText(page, 'chart-histogram', '90–100').waitFor();
    await svgText(page, 'chart-execution', '预算执行率（%）').waitFor();
    await svgText(page, 'chart-execution', '89.63%').waitFor();
    await svgText(page, 'chart-execution', '无自评预算').waitFor();

    // 预警: red first, each leading to its monitoring report.
    const lagging = page.locator('[data-testid="lagging-row"]');
    await expect(attributes(lagging, 'data-light')).resolves.toEqual(['red', 'yellow']);
    await expect(lagging.first().innerText()).resolves.toContain('社区治理和服务创新资金');
    await expect(lagging.nth(1).innerText()).resolves.toContain('35.24%');
    // 审核发现 in Chinese, most frequent first.
    await expect(
      page.locator('[data-testid="finding-row"]').first().innerText(),
    ).resolves.toContain('指标得分高但预算执行率低');
    // 排名: 9 project self-evaluations, the best first.
    const ranked = page.locator('[data-testid="ranking-project"]');
    await expect(ranked.count()).resolves.toBe(9);
    await shot(page, 'dashboard-manager-region');

    await byTestId(page, `lagging-link-${reports.red}`).click();
    await page.waitForURL((url) => url.hash === `#/monitoring/${reports.red}/show`);
  });

  it('drills down region → department → unit → project and climbs back', async () => {
    const page = await sessionAs('manager');
    await showsOrg(page, REGION);
    await byTestId(page, `drill-${orgs.department}`).click();
    await showsOrg(page, DEPARTMENT);
    expect(page.url()).toContain(`orgId=${orgs.department}`);
    await byTestId(page, `trail-${orgs.region}`).waitFor();
    await expect(byTestId(page, 'kpi-evaluations-value').innerText()).resolves.toMatch(/^9\s*份$/);
    await svgText(page, 'chart-execution', '89.63%').waitFor();
    await shot(page, 'dashboard-manager-department');

    await byTestId(page, `drill-${orgs.unit}`).click();
    await showsOrg(page, UNIT);
    await expect(byTestId(page, 'dashboard-org-type').innerText()).resolves.toBe('预算单位');
    // At a unit the execution chart compares its projects.
    await svgText(page, 'chart-execution-projects', '党建工作经费').waitFor();
    await svgText(page, 'chart-execution-projects', '28.00%').waitFor();
    await expect(byTestId(page, 'org-trail').innerText()).resolves.toContain(DEPARTMENT);
    await shot(page, 'dashboard-manager-unit');

    // A project row opens its self-evaluation (or, before that screen exists, its project).
    await page.locator('[data-testid="ranking-project"]', { hasText: '党建工作经费' }).click();
    await page.waitForURL((url) => /^#\/(evaluations|projects)\/\d+\/show$/.test(url.hash));
    // Its title reaches the app bar once the page has rendered.
    await page.locator('header', { hasText: '党建工作经费' }).waitFor();
    await page.locator('main table').first().waitFor();
    await shot(page, 'dashboard-manager-project');

    // Back: the unit again; the trail leads up to the region.
    await page.goBack();
    await showsOrg(page, UNIT);
    await byTestId(page, `trail-${orgs.department}`).click();
    await showsOrg(page, DEPARTMENT);
    await byTestId(page, `trail-${orgs.region}`).click();
    await showsOrg(page, REGION);
    expect(page.url()).not.toContain('orgId=');
  });

  it('ranks units, drills into one from the ranking and exports the ranking', async () => {
    const page = await sessionAs('manager');
    await showsOrg(page, REGION);
    await byTestId(page, 'ranking-tab-unit').click();
    const unitRow = page.locator('[data-testid="ranking-unit"]', { hasText: UNIT });
    await unitRow.waitFor();
    await expect(
      page.locator('[data-testid="ranking-units"] tbody tr').first().innerText(),
    ).resolves.toContain('90.04');

    await byTestId(page, 'ranking-tab-project').click();
    const download = page.waitForEvent('download');
    await byTestId(page, 'ranking-export-project').click();
    expect((await download).suggestedFilename()).toBe('绩效自评结果汇总表（9 份）.xlsx');

    await byTestId(page, 'ranking-tab-unit').click();
    await unitRow.click();
    await showsOrg(page, UNIT);
  });

  it('shows the administrator every region and last year’s change', async () => {
    const page = await sessionAs('admin');
    await showsOrg(page, '全部区域');
    await page.getByRole('combobox', { name: '年度' }).click();
    await byTestId(page, 'year-2021').click();
    await page.waitForURL((url) => url.hash.includes('year=2021'));
    await page.locator('[data-testid="dashboard-body"][data-year="2021"]').waitFor();
    // 2021: 洛龙区's 8 projects; 2020: 南大港's 5.
    await expect(byTestId(page, 'kpi-projects-value').innerText()).resolves.toMatch(/^8\s*个$/);
    await expect(byTestId(page, 'kpi-projects-delta').innerText()).resolves.toBe('较 2020 年 +3');
    await byTestId(page, 'no-evaluations').first().waitFor();
    await shot(page, 'dashboard-admin-2021');
  });

  it('shows a unit only its own figures, with its 待办 and 待整改', async () => {
    const page = await sessionAs('jiedao');
    await showsOrg(page, '洛阳市西工区西工街道办事处（本级）');
    await expect(byTestId(page, 'dashboard-title').innerText()).resolves.toBe('首页');
    await expect(byTestId(page, 'kpi-projects-value').innerText()).resolves.toMatch(/^14\s*个$/);
    await expect(byTestId(page, 'kpi-evaluations-value').innerText()).resolves.toMatch(/^0\s*份$/);
    await byTestId(page, 'todo-card').waitFor();
    await byTestId(page, 'rectification-card').waitFor();
    await expect(byTestId(page, 'children-table').count()).resolves.toBe(0);

    const unit = await sessionAs('unit');
    await showsOrg(unit, UNIT);
    await expect(unit.locator('[data-testid="org-trail"] a').count()).resolves.toBe(0);
    await expect(byTestId(unit, 'kpi-evaluations-value').innerText()).resolves.toMatch(/^9\s*份$/);
    await expect(byTestId(unit, 'kpi-adjusted-value').innerText()).resolves.toMatch(
      /^2,156\.20\s*万元$/,
    );
    await expect(unit.locator('[data-testid="ranking-project"]').count()).resolves.toBe(9);
    await shot(unit, 'dashboard-unit');
    // Above its own node there is nothing to see.
    await unit.goto(`${server.url}/#/?year=2023&orgId=${orgs.region}`);
    await unit.getByText('组织不存在或无权访问').waitFor();
  });
});

describe('结果应用', () => {
  it('lets the 财政局 generate the suggestions and record a decision', async () => {
    const page = await sessionAs('finance');
    await page.goto(`${server.url}/#/result-applications`);
    await byTestId(page, 'results-generate').click();
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText('新生成 9 条建议').waitFor();
    const rows = page.locator('[data-testid="suggestion-chip"]');
    // The list refreshes after the notice: wait for its ninth row.
    await rows.nth(8).waitFor();
    await expect(rows.count()).resolves.toBe(9);
    await expect(rows.allInnerTexts()).resolves.toEqual([
      ...Array(6).fill('优先保障'),
      '保持',
      '保持',
      '压减',
    ]);
    const row = page.locator('tr', { hasText: '老旧小区改造办公经费' });
    await row.getByRole('button', { name: '处理' }).click();
    await byTestId(page, 'decide-其他').click();
    await byTestId(page, 'decide-save').click();
    await page.getByText('处理决定为“其他”时必须填写说明').waitFor();
    await byTestId(page, 'decide-comment').fill('项目已完成，2024 年不再安排');
    await byTestId(page, 'decide-save').click();
    await byTestId(page, 'decide-dialog').waitFor({ state: 'detached' });
    await row.locator('[data-testid="decision-chip"]', { hasText: '其他' }).waitFor();
    await expect(row.innerText()).resolves.toContain('项目已完成，2024 年不再安排');
    await shot(page, 'results-decided');
  });
});

describe('问题整改', () => {
  it('runs an item from a lagging project: 下达 → 反馈 → 销号', async () => {
    const finance = await sessionAs('finance');
    await showsOrg(finance, REGION);
    // From the warning list: the create form comes prefilled with the monitoring report.
    await finance
      .locator('[data-testid="lagging-row"][data-light="red"]')
      .getByRole('link', { name: '下达整改' })
      .click();
    await finance.waitForURL((url) => url.hash.startsWith('#/rectifications/create'));
    // The picker shows the prefilled report once it has loaded it.
    const picker = finance.getByLabel('文档').and(finance.locator('input'));
    await picker.waitFor();
    await finance.waitForFunction(
      "[...document.querySelectorAll('input')].some((i) => i.value.includes('社区治理和服务创新资金'))",
    );
    await expect(picker.inputValue()).resolves.toContain('6 月，红灯');
    await finance.getByLabel('整改要求').fill('6月底执行率为 0，请说明原因并加快支出进度');
    await finance.getByLabel('整改期限').fill('2099-08-31');
    await shot(finance, 'rectification-create');
    await finance.getByRole('button', { name: '保存' }).click();
    await finance.waitForURL((url) => /^#\/rectifications\/\d+\/show$/.test(url.hash));
    const path = new URL(finance.url()).hash;
    await finance.locator('[data-testid="rectification-status"][data-status="open"]').waitFor();

    const unit = await sessionAs('unit');
    await byTestId(unit, 'rectification-card').getByText('社区治理和服务创新资金').waitFor();
    await unit.goto(`${server.url}/${path}`);
    await byTestId(unit, 'action-answer').click();
    await unit.getByText('请填写整改情况').waitFor();
    await byTestId(unit, 'rectification-text').fill('已于7月完成首笔支付 1.64 万元，进度已赶上');
    await byTestId(unit, 'action-answer').click();
    await unit.locator('[data-testid="rectification-status"][data-status="answered"]').waitFor();

    await finance.reload();
    await byTestId(finance, 'action-close').click();
    await finance.locator('[data-testid="rectification-status"][data-status="closed"]').waitFor();
    await expect(
      attributes(finance.locator('[data-testid="rectification-event"]'), 'data-action'),
    ).resolves.toEqual(['open', 'answer', 'close']);
    await shot(finance, 'rectification-closed');
  });
});
