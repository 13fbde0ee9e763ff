import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loginAs, screenshot } from '../support/browser';
import { apiCall, tokenFor } from '../support/app';
import { startServer, type ServerProcess } from '../support/process';

/**
 * 绩效运行监控 and 绩效自评 in the console, against the real server (dist/, embedded mode, demo
 * data). 西工街道 (`jiedao`, 14 approved 2023 project targets, no monitoring yet) reports the
 * 6月 monitoring of 服务群众专项经费-纪检监察工作专项经费 with one lagging indicator: the red
 * light shows while typing, submission is refused until the 偏差原因 and 纠偏措施 are given.
 * It then fills the 项目单位自评表 of the same target: the live total is the one the server saves,
 * and a 定性 score outside its band is an error at the field. The 财政局 re-scores a published
 * 自评表 (复核) and draws a reproducible sample (抽评).
 *
 * Run `npm run build` first: the server serves the built console from dist/admin.
 */

let server: ServerProcess;
let browser: Browser;
let dataDir: string;
const contexts: BrowserContext[] = [];

const PROJECT = '服务群众专项经费-纪检监察工作专项经费';
/** Its approved indicators, in the order of the target table (seed 004). */
const COST = '项目总成本'; // ≤5万元
const COMMUNITIES = '覆盖社区数量'; // 6个
const CAMPAIGNS = '宣传活动次数'; // ≥4次 — the lagging one
const COVERAGE = '宣传活动覆盖率'; // ≥90%
const QUALITY = '提升纪检监察工作规范化'; // 有效提升 (定性)
const SATISFACTION = '纪检工作人员满意度'; // ≥95%

const tokenOf = (username: string) => tokenFor(server.url, username);
const apiGet = <T>(path: string, token: string) => apiCall<T>(server.url, 'GET', path, token);

/** A fresh browser session logged in as `username`. */
async function sessionAs(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await loginAs(page, server.url, username);
  return page;
}

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/**
 * A full-page screenshot from the top, once the finite transitions have ended; the passing
 * notifications (已保存 …) are hidden for the picture only.
 */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForFunction(
    "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)",
  );
  await page.evaluate(
    "document.head.insertAdjacentHTML('beforeend', '<style id=\"shot\">.MuiSnackbar-root { display: none; }</style>')",
  );
  await screenshot(page, name);
  await page.evaluate("document.getElementById('shot')?.remove()");
}

/** The index of the row named `name` in a table whose rows are `<prefix><i>`. */
async function rowIndexOf(page: Page, prefix: string, name: string): Promise<number> {
  const rows = page.locator(`[data-testid^="${prefix}"]`);
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const text = await byTestId(page, `${prefix}${i}`).innerText();
    if (text.includes(name)) return i;
  }
  throw new Error(`row ${name} not found`);
}

/** Picks the approved target table of PROJECT in the create form. */
async function pickTarget(page: Page): Promise<void> {
  const input = page.getByRole('combobox', { name: /已批复的项目绩效目标表/ });
  await input.fill('纪检监察');
  await page.getByRole('option', { name: new RegExp(PROJECT) }).click();
  await expect(input.inputValue()).resolves.toContain(PROJECT);
}

/** 保存, then the show page with the server's figures (`ready`: a show-only element). */
async function saveForm(page: Page, resource: string, ready: string): Promise<void> {
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL((url) => new RegExp(`/${resource}/\\d+/show$`).test(url.hash), {
    timeout: 20_000,
  });
  await byTestId(page, ready).waitFor();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bp-browser-monitoring-'));
  server = await startServer({ DATA_DIR: dataDir }, 'dist');
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('绩效运行监控 and 绩效自评 in the console', () => {
  let evaluationPath = '';

  it('shows a lagging indicator red while typing and refuses the submission until its 偏差原因 and 纠偏措施 are given', async () => {
    const page = await sessionAs('jiedao');
    await page.goto(`${server.url}/#/monitoring/create`);
    await pickTarget(page);
    // 监控时点: 6月 by default.
    await expect(page.locator('input[name="month"]').inputValue()).resolves.toBe('6');
    await page.getByRole('button', { name: '保存' }).click();
    // Created with every approved indicator pre-filled, straight into the form.
    await page.waitForURL((url) => /\/monitoring\/\d+$/.test(url.hash), { timeout: 20_000 });
    await byTestId(page, 'monitoring-grid').waitFor();
    await expect(byTestId(page, 'subject-name').innerText()).resolves.toBe(PROJECT);
    await expect(byTestId(page, 'monitoring-budget-total').innerText()).resolves.toBe('5.00');

    // 2.5 of 5 万元 spent by 6月30日: 50% against a 序时进度 of 50% — on time.
    await byTestId(page, 'monitoring-executed').fill('2.5');
    await byTestId(page, 'monitoring-expected-executed').fill('5');
    await expect(byTestId(page, 'execution-rate').innerText()).resolves.toBe('50.00%');
    await expect(byTestId(page, 'time-light').getAttribute('data-light')).resolves.toBe('green');

    const fill = async (name: string, progress: string, expected: string) => {
      const i = await rowIndexOf(page, 'monitoring-row-', name);
      await byTestId(page, `row-${i}-progress`).fill(progress);
      await byTestId(page, `row-${i}-expected`).fill(expected);
      return i;
    };
    await fill(COST, '2.5万元', '5万元');
    await fill(COMMUNITIES, '3个', '6个');
    await fill(COVERAGE, '92%', '95%');
    await fill(SATISFACTION, '96%', '98%');
    const quality = await rowIndexOf(page, 'monitoring-row-', QUALITY);
    await byTestId(page, `row-${quality}-likelihood`).selectOption('certain');
    await expect(byTestId(page, `row-${quality}-light`).getAttribute('data-light')).resolves.toBe(
      'green',
    );
    // No 宣传活动 yet by 6月 (2 were due: 4 × 6/12), 2 expected for the year: red, a shortfall.
    const lagging = await fill(CAMPAIGNS, '0次', '2次');
    await byTestId(page, `row-${lagging}-likelihood`).selectOption('possible');
    await expect(byTestId(page, `row-${lagging}-light`).getAttribute('data-light')).resolves.toBe(
      'red',
    );
    await expect(byTestId(page, `row-${lagging}-light-explanation`).innerText()).resolves.toContain(
      '应完成 2次',
    );
    await expect(byTestId(page, 'live-overall-light').getAttribute('data-light')).resolves.toBe(
      'red',
    );
    // The 偏差原因 block opens by itself on the lagging row, and says what it needs.
    await byTestId(page, `row-${lagging}-reasons`).waitFor();
    await expect(byTestId(page, 'live-findings').innerText()).resolves.toContain(
      `「${CAMPAIGNS}」预计不能完成年度目标`,
    );
    await shot(page, 'monitoring-live-red');

    // Saved: the server computes the same lights.
    await saveForm(page, 'monitoring', 'monitoring-table');
    await byTestId(page, 'monitoring-table').waitFor();
    await expect(byTestId(page, 'overall-light').getAttribute('data-light')).resolves.toBe('red');
    await expect(byTestId(page, `row-${lagging}-light`).getAttribute('data-light')).resolves.toBe(
      'red',
    );

    // Submission is refused while the shortfall has no 偏差原因 and 纠偏措施.
    await byTestId(page, 'action-submit').click();
    await byTestId(page, 'action-refusal').waitFor();
    await expect(byTestId(page, 'action-refusal').innerText()).resolves.toContain(CAMPAIGNS);
    await page
      .locator(`[data-testid="monitoring-row-${lagging}"] [data-testid="finding-note-error"]`)
      .first()
      .waitFor();
    await expect(byTestId(page, 'doc-status').getAttribute('data-status')).resolves.toBe('draft');
    await shot(page, 'monitoring-submit-refused');

    // 经费保障 and a measure, then it goes through.
    await byTestId(page, 'doc-edit').click();
    await byTestId(page, `row-${lagging}-reasons`).waitFor();
    await byTestId(page, `row-${lagging}-reason-funding-check`).check();
    await byTestId(page, `row-${lagging}-reason-funding`).fill('宣传经费 7 月才能到位');
    await byTestId(page, `row-${lagging}-measures`).fill('经费到位后 8、10 月各集中开展一次宣传');
    await expect(byTestId(page, 'live-findings').innerText()).resolves.not.toContain(
      '预计不能完成年度目标',
    );
    await saveForm(page, 'monitoring', 'monitoring-table');
    await expect(byTestId(page, `row-${lagging}-reasons`).innerText()).resolves.toBe(
      '经费保障：宣传经费 7 月才能到位',
    );
    await byTestId(page, 'review-comment').fill('6 月监控，宣传活动滞后已说明原因');
    await byTestId(page, 'action-submit').click();
    await page.locator('[data-testid="doc-status"][data-status="submitted"]').waitFor();
    await expect(byTestId(page, 'doc-edit').count()).resolves.toBe(0);
    await shot(page, 'monitoring-submitted');

    // The reviewers' list of lagging projects.
    await page.goto(`${server.url}/#/monitoring`);
    await byTestId(page, 'quick-lagging').click();
    await page.locator('[data-testid="quick-lagging"][data-active="true"]').waitFor();
    await page.locator('tr', { hasText: PROJECT }).first().waitFor();
    await expect(
      page.locator('[data-testid="list-light"]').first().getAttribute('data-light'),
    ).resolves.toBe('red');
    await shot(page, 'monitoring-list-lagging');
  });

  it('scores the 项目单位自评表 live, saves the same total, and refuses a 定性 score outside its band', async () => {
    const page = await sessionAs('jiedao');
    await page.goto(`${server.url}/#/evaluations/create`);
    await pickTarget(page);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((url) => /\/evaluations\/\d+$/.test(url.hash), { timeout: 20_000 });
    await byTestId(page, 'evaluation-table').waitFor();
    // Pre-filled from the approved target and the 6月 monitoring's full-year expectations.
    await expect(byTestId(page, 'budget-executed').inputValue()).resolves.toBe('5');
    const campaigns = await rowIndexOf(page, 'ind-row-', CAMPAIGNS);
    await expect(byTestId(page, `ind-${campaigns}-actual`).inputValue()).resolves.toBe('2次');

    await byTestId(page, 'budget-executed').fill('4.6');
    const row = async (name: string, weight: string, actual?: string) => {
      const i = await rowIndexOf(page, 'ind-row-', name);
      await byTestId(page, `ind-${i}-weight`).fill(weight);
      if (actual !== undefined) await byTestId(page, `ind-${i}-actual`).fill(actual);
      return i;
    };
    await row(COST, '20', '4.8万元');
    await row(COMMUNITIES, '10', '6个');
    await row(CAMPAIGNS, '10', '3次');
    await row(COVERAGE, '10', '95%');
    await row(SATISFACTION, '10', '98%');
    const quality = await row(QUALITY, '10', '基本实现规范化');
    for (const [i, score] of ['5', '5', '5', '4'].entries()) {
      await byTestId(page, `fund-${i}-score`).fill(score);
    }
    await byTestId(page, `ind-${campaigns}-reason`).fill('宣传经费 7 月到位，全年开展 3 次');

    // 部分达成 is [6, 8) of 10: 9 is outside — an error at the field, live.
    await byTestId(page, `ind-${quality}-level`).selectOption('部分达成');
    await expect(byTestId(page, `ind-${quality}-band`).innerText()).resolves.toContain('6–8');
    await byTestId(page, `ind-${quality}-score`).fill('9');
    await expect(byTestId(page, `ind-${quality}-score-error`).innerText()).resolves.toContain(
      '得分应在',
    );
    await shot(page, 'monitoring-evaluation-band-error');
    // The server refuses to save it, and says so at the same field.
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.MuiSnackbarContent-message', { hasText: '得分应在' }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/\/evaluations\/\d+$/);
    await expect(byTestId(page, `ind-${quality}-score`).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );

    await byTestId(page, `ind-${quality}-score`).fill('7');
    await expect(byTestId(page, `ind-${quality}-score-error`).count()).resolves.toBe(0);

    // By hand (SCORING.md rules, template henan-project-2023):
    //   执行率 4.6 / 5 = 92.00%, 执行率得分 10 × 4.6 / 5 = 9.20;
    //   资金管理情况 5 + 5 + 5 + 4 = 19.00;
    //   项目总成本 ≤5万元, 4.8万元 → 20; 覆盖社区数量 6个, 6个 → 10; 宣传活动次数 ≥4次,
    //   3次 → 3/4 × 10 = 7.50; 覆盖率 ≥90%, 95% → 10; 规范化 (定性) 部分达成, 7 → 7;
    //   满意度 ≥95%, 98% → 10; 绩效指标 64.50;
    //   总分 9.20 + 19.00 + 64.50 = 92.70 → 优.
    await expect(byTestId(page, 'result-executionScore').innerText()).resolves.toBe('9.20');
    await expect(byTestId(page, 'result-fundManagementScore').innerText()).resolves.toBe('19.00');
    await expect(byTestId(page, `ind-${campaigns}-computed`).innerText()).resolves.toBe('7.50');
    await expect(byTestId(page, 'result-indicatorScore').innerText()).resolves.toBe('64.50');
    const liveTotal = await byTestId(page, 'result-total').innerText();
    const liveGrade = await byTestId(page, 'result-grade').innerText();
    expect(liveTotal).toBe('92.70');
    expect(liveGrade).toBe('优');
    await shot(page, 'monitoring-evaluation-live');

    await saveForm(page, 'evaluations', 'server-total');
    evaluationPath = new URL(page.url()).hash;
    await byTestId(page, 'server-total').waitFor();
    // The server's figures (the authority) are the live ones, and the browser agrees with them.
    await expect(byTestId(page, 'server-total').innerText()).resolves.toBe(liveTotal);
    await expect(byTestId(page, 'server-grade').innerText()).resolves.toBe(liveGrade);
    await expect(byTestId(page, 'sheet-total').innerText()).resolves.toBe(liveTotal);
    await expect(byTestId(page, 'browser-check').getAttribute('data-agrees')).resolves.toBe('true');
    const saved = await apiGet<{ total: string; grade: string }>(
      `/evaluations/${/\/evaluations\/(\d+)\//.exec(evaluationPath)?.[1]}`,
      await tokenOf('jiedao'),
    );
    expect(saved).toMatchObject({ total: '92.70', grade: '优' });
    await shot(page, 'monitoring-evaluation-saved');

    // The print view, laid out as the official table.
    await page.goto(`${server.url}/${evaluationPath.replace(/\/show$/, '/print')}`);
    await byTestId(page, 'print-page').waitFor();
    await expect(byTestId(page, 'sheet-total').innerText()).resolves.toBe('92.70');
    await shot(page, 'monitoring-evaluation-print');
  });

  it('lets the 财政局 re-score a published 自评表 with reasons and draw a reproducible sample', async () => {
    const token = await tokenOf('finance');
    const [published] = await apiGet<{ id: number; total: string }[]>(
      `/evaluations?filter=${encodeURIComponent(JSON.stringify({ q: '老旧小区改造办公经费' }))}`,
      token,
    );
    // Published 65 (中): its ≤4万元 cost indicator got 0 for an actual of 0万元.
    expect(published.total).toBe('65.00');
    const page = await sessionAs('finance');
    await page.goto(`${server.url}/#/evaluations/${published.id}/recheck`);
    await byTestId(page, 'recheck-table').waitFor();
    await byTestId(page, 'recheck-indicators-0-score').fill('10');
    await expect(byTestId(page, 'recheck-indicators-0-diff').innerText()).resolves.toBe('+10.00');
    await expect(byTestId(page, 'recheck-review-total').innerText()).resolves.toContain('75.00');
    // A changed score needs its reason.
    await byTestId(page, 'recheck-save').click();
    await expect(
      byTestId(page, 'recheck-indicators-0-reason-error').innerText(),
    ).resolves.toContain('必须填写复核理由');
    await byTestId(page, 'recheck-indicators-0-reason').fill(
      '成本指标 ≤4万元，实际 0万元，按规则应得满分',
    );
    await shot(page, 'monitoring-recheck');
    await byTestId(page, 'recheck-save').click();
    await page.waitForURL((url) => url.hash.endsWith(`/evaluations/${published.id}/show`));
    await expect(byTestId(page, 'review-total').innerText()).resolves.toBe('75.00');
    // 75.00 is still 中 (良 starts at 80): the grade that counts is the 复核 one.
    await expect(byTestId(page, 'final-grade').innerText()).resolves.toContain('中');

    // 抽评: the same seed draws the same sample; the drawn ones carry the badge in the list.
    await page.goto(`${server.url}/#/evaluations/sample`);
    await expect(byTestId(page, 'sample-percent').inputValue()).resolves.toBe('15');
    const draw = async () => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/evaluations/sample')),
        byTestId(page, 'sample-draw').click(),
      ]);
      const body = (await response.json()) as { evaluations: { id: number }[] };
      await byTestId(page, 'sample-result-table').waitFor();
      return body.evaluations.map((e) => e.id);
    };
    await byTestId(page, 'sample-seed').fill('bt-2023');
    const first = await draw();
    expect(first.length).toBeGreaterThan(0);
    await expect(byTestId(page, 'sample-seed-used').innerText()).resolves.toBe('bt-2023');
    for (const id of first) await byTestId(page, `sample-row-${id}`).waitFor();
    // The seed shown is reusable: the same seed draws the same evaluations again.
    await byTestId(page, 'sample-seed').fill('');
    await byTestId(page, 'sample-reuse-seed').click();
    await expect(byTestId(page, 'sample-seed').inputValue()).resolves.toBe('bt-2023');
    expect(await draw()).toEqual(first);
    await shot(page, 'monitoring-sample');
    await page.goto(`${server.url}/#/evaluations`);
    await byTestId(page, 'list-sampled').first().waitFor();
    await page.locator('tr', { hasText: '老旧小区改造办公经费' }).getByText('75.00').waitFor();
  });
});
