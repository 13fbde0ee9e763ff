import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loginAs, screenshot } from '../support/browser';
import { apiCall, tokenFor } from '../support/app';
import { startServer, type ServerProcess } from '../support/process';

/**
 * 绩效目标申报 in the console, against the real server (dist/, embedded mode, demo data):
 * a unit enters a project and its 项目绩效目标表 in the indicator grid, is refused on submission
 * while the 满意度指标 category is missing, fixes it and submits; the 主管部门 opens it from its
 * 待办 and approves, the 财政局 approves; the unit then sees it 已批复 and locked.
 *
 * Run `npm run build` first: the server serves the built console from dist/admin.
 */

let server: ServerProcess;
let browser: Browser;
let dataDir: string;
const contexts: BrowserContext[] = [];

const CODE = 'BT-2026-001';
const NAME = '社区工作者培训（浏览器测试）';
const LIBRARY_NAME = '社区工作者培训人次（浏览器测试）';

const api = <T>(path: string, token: string, body?: unknown) =>
  apiCall<T>(server.url, body === undefined ? 'GET' : 'POST', path, token, body);
const tokenOf = (username: string) => tokenFor(server.url, username);

/** A fresh browser session logged in as `username`. */
async function sessionAs(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await loginAs(page, server.url, username);
  return page;
}

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** A full-page screenshot taken from the top of the page. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  // Chips fade their colour when a status changes: shoot once the finite transitions have ended
  // (spinners run forever and are left out).
  await page.waitForFunction(
    "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)",
  );
  await screenshot(page, name);
}

/** Adds a row through 添加指标 (category dialog) and fills 三级指标 and 指标值. */
async function addRow(
  page: Page,
  row: { level1: string; level2: string; name: string; target: string },
): Promise<void> {
  await byTestId(page, 'grid-add').click();
  await byTestId(page, 'category-level1').fill(row.level1);
  await byTestId(page, 'category-level2').fill(row.level2);
  await byTestId(page, 'category-confirm').click();
  // The new row lands at the end of its category; find it by its empty 三级指标.
  const rows = page.locator('[data-testid^="grid-row-"]');
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const name = byTestId(page, `grid-${i}-name`);
    if ((await name.inputValue()) === '') {
      await name.fill(row.name);
      await byTestId(page, `grid-${i}-target`).fill(row.target);
      return;
    }
  }
  throw new Error(`no empty row after adding ${row.name}`);
}

async function rowIndexOf(page: Page, name: string): Promise<number> {
  const count = await page.locator('[data-testid^="grid-row-"]').count();
  for (let i = 0; i < count; i++) {
    if ((await byTestId(page, `grid-${i}-name`).inputValue()) === name) return i;
  }
  throw new Error(`row ${name} not found`);
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL((url) => /\/targets\/\d+\/show$/.test(url.hash), { timeout: 20_000 });
  await byTestId(page, 'indicator-table').waitFor();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bp-browser-targets-'));
  server = await startServer({ DATA_DIR: dataDir }, 'dist');
  browser = await launchChromium();
  // The 指标库 may still be empty: the administrator adds the entry the unit will pick.
  await api('/indicators', await tokenOf('admin'), {
    scope: 'project',
    level1: '产出指标',
    level2: '数量指标',
    name: LIBRARY_NAME,
    unit: '人次',
    direction: 'positive',
    suggestedTarget: '≥200人次',
    explanation: '全年参加业务培训的社区工作者人次',
  });
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('绩效目标申报 in the console', () => {
  let targetPath = '';

  it('lets a unit enter a project, with the amounts checked as they are typed', async () => {
    const page = await sessionAs('unit');
    await page.goto(`${server.url}/#/projects/create`);
    await byTestId(page, 'project-form-code').waitFor();
    await byTestId(page, 'project-form-year').fill('2026');
    await byTestId(page, 'project-form-code').fill(CODE);
    await byTestId(page, 'project-form-name').fill(NAME);
    await byTestId(page, 'project-form-amountTotal').fill('3.3');
    await byTestId(page, 'project-form-amountFiscal').fill('3.33');
    // 3.3 ≠ 3.33 + 0 + 0: said at once, in 万元, with the difference.
    await expect(byTestId(page, 'amounts-check').getAttribute('data-state')).resolves.toBe(
      'mismatch',
    );
    await expect(byTestId(page, 'amounts-check').innerText()).resolves.toContain('少 0.03 万元');
    await byTestId(page, 'amounts-use-sum').click();
    await page.locator('[data-testid="amounts-check"][data-state="ok"]').waitFor();
    for (const [q, value] of [
      ['q1', '10'],
      ['q2', '50'],
      ['q3', '80'],
    ] as const) {
      await byTestId(page, `project-form-spend-${q}`).fill(value);
    }
    await shot(page, 'targets-project-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((url) => /\/projects\/\d+\/show$/.test(url.hash), { timeout: 20_000 });
    await byTestId(page, 'project-header').waitFor();
    await expect(byTestId(page, 'project-code').innerText()).resolves.toBe(CODE);
    await expect(byTestId(page, 'amount-total').innerText()).resolves.toContain('3.33');
    await expect(byTestId(page, 'spend-q4').innerText()).resolves.toBe('100%');

    // 填报绩效目标: the grid, one row from the 指标库, the others typed.
    await byTestId(page, 'declare-target').click();
    await byTestId(page, 'indicator-grid').waitFor();
    await expect(byTestId(page, 'project-name').innerText()).resolves.toBe(NAME);
    await byTestId(page, 'goal-0').fill('完成全年社区工作者业务培训，提升社区治理能力');

    await byTestId(page, 'grid-library').click();
    await byTestId(page, 'library-q').fill('浏览器测试');
    await page.locator('[data-testid="library-row"]', { hasText: LIBRARY_NAME }).click();
    await byTestId(page, 'library-insert').click();
    const picked = await rowIndexOf(page, LIBRARY_NAME);
    await expect(byTestId(page, `grid-${picked}-target`).inputValue()).resolves.toBe('≥200人次');
    // Each 指标值 is read back live.
    await expect(byTestId(page, `grid-${picked}-parsed`).innerText()).resolves.toBe(
      '正向 ≥ 200 人次',
    );

    await addRow(page, {
      level1: '成本指标',
      level2: '经济成本指标',
      name: '培训总成本',
      target: '≤3.33 万元',
    });
    await addRow(page, {
      level1: '产出指标',
      level2: '时效指标',
      name: '培训完成时间',
      target: '2026年11月底前',
    });
    await addRow(page, {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '社区治理能力',
      target: '显著提升',
    });
    const cost = await rowIndexOf(page, '培训总成本');
    await expect(byTestId(page, `grid-${cost}-parsed`).innerText()).resolves.toBe(
      '反向（成本） ≤ 3.33 万元',
    );
    const deadline = await rowIndexOf(page, '培训完成时间');
    await expect(byTestId(page, `grid-${deadline}-parsed`).innerText()).resolves.toBe(
      '定性（时限）',
    );
    // The same checks as on submission, live: the missing 满意度 category is an error.
    await expect(byTestId(page, 'live-findings').innerText()).resolves.toContain(
      '缺少一级指标“满意度指标”',
    );
    await shot(page, 'targets-grid-editing');
    await save(page);
    targetPath = new URL(page.url()).hash;

    // Submission is refused by the server, and the page says why.
    await byTestId(page, 'action-submit').click();
    await byTestId(page, 'action-refusal').waitFor();
    await expect(byTestId(page, 'action-refusal').innerText()).resolves.toContain('满意度指标');
    await expect(byTestId(page, 'findings-panel').innerText()).resolves.toContain(
      '缺少一级指标“满意度指标”',
    );
    await expect(byTestId(page, 'doc-status').getAttribute('data-status')).resolves.toBe('draft');
    await shot(page, 'targets-submit-refused');

    // Fix it and submit.
    await byTestId(page, 'doc-edit').click();
    await byTestId(page, 'indicator-grid').waitFor();
    await addRow(page, {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '参训人员满意度',
      target: '≥95%',
    });
    await expect(byTestId(page, 'live-findings').innerText()).resolves.not.toContain(
      '缺少一级指标“满意度指标”',
    );
    await save(page);
    await expect(byTestId(page, 'indicator-table').innerText()).resolves.toContain(
      '参训人员满意度',
    );
    // Grouped as on paper: 产出指标 spans its two rows.
    await expect(
      page
        .locator('[data-testid="indicator-table"] td.group', { hasText: '产出指标' })
        .getAttribute('rowspan'),
    ).resolves.toBe('2');
    await byTestId(page, 'review-comment').fill('请审核');
    await byTestId(page, 'action-submit').click();
    await page.locator('[data-testid="doc-status"][data-status="submitted"]').waitFor();
    await expect(byTestId(page, 'doc-edit').count()).resolves.toBe(0);
    await shot(page, 'targets-submitted');
  });

  it('lets the 主管部门 open it from its 待办 and approve it (退回 needs a comment)', async () => {
    const page = await sessionAs('dept');
    await byTestId(page, 'todo-card').waitFor();
    const link = page.locator('[data-testid="todo-row"] a', { hasText: CODE });
    await link.waitFor();
    await shot(page, 'targets-dept-todo');
    await link.click();
    await byTestId(page, 'review-panel').waitFor();
    expect(new URL(page.url()).hash).toBe(targetPath);
    await expect(byTestId(page, 'history').innerText()).resolves.toContain('请审核');

    // 退回 without a comment is stopped in the page.
    await byTestId(page, 'action-return').click();
    await page.getByText('退回时必须填写审核意见').waitFor();
    await byTestId(page, 'review-comment').fill('同意，报财政审核');
    await byTestId(page, 'action-approve').click();
    await page.locator('[data-testid="doc-status"][data-status="dept_approved"]').waitFor();
    await shot(page, 'targets-dept-approved');
  });

  it('lets the 财政局 approve it', async () => {
    const page = await sessionAs('finance');
    const link = page.locator('[data-testid="todo-row"] a', { hasText: CODE });
    await link.waitFor();
    await link.click();
    await byTestId(page, 'action-approve').click();
    await page.locator('[data-testid="doc-status"][data-status="approved"]').waitFor();
    await expect(byTestId(page, 'history').innerText()).resolves.toContain('同意，报财政审核');
  });

  it('shows the unit its table 已批复 and read-only, with 发起调整 as the only way to change it', async () => {
    const page = await sessionAs('unit');
    await page.goto(`${server.url}/${targetPath}`);
    await page.locator('[data-testid="doc-status"][data-status="approved"]').waitFor();
    await expect(byTestId(page, 'doc-status').innerText()).resolves.toBe('已批复');
    await expect(byTestId(page, 'doc-edit').count()).resolves.toBe(0);
    await expect(byTestId(page, 'action-adjust').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="history-item"]').count()).resolves.toBe(4);
    await shot(page, 'targets-approved-unit');
    // The edit page refuses too.
    await page.goto(`${server.url}/${targetPath.replace(/\/show$/, '')}`);
    await byTestId(page, 'not-editable').waitFor();
  });

  it('shows a published 洛龙区 table to the administrator with its values as published', async () => {
    const page = await sessionAs('admin');
    await page.goto(
      `${server.url}/#/targets?filter=${encodeURIComponent(JSON.stringify({ q: '313001-2' }))}`,
    );
    await page.getByText('基层社区服务经费').first().click();
    await byTestId(page, 'indicator-table').waitFor();
    const table = byTestId(page, 'indicator-table');
    await expect(table.innerText()).resolves.toContain('23.7173万');
    await expect(table.innerText()).resolves.toContain('正向 23.7173 万');
    await expect(byTestId(page, 'amount-total').innerText()).resolves.toContain('205.22');
    await shot(page, 'targets-luolong-published');
    await byTestId(page, 'tab-versions').click();
    await byTestId(page, 'version-1').waitFor();
  });
});
