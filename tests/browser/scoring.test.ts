import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loginAs, screenshot } from '../support/browser';
import { startServer, type ServerProcess } from '../support/process';

/**
 * 评分试算 (/scoring) in Chromium against the real server: a small 项目支出绩效自评表 typed in,
 * every figure read back as a finance officer would compute it by hand, the same sheet checked
 * by POST /api/scoring/preview, and rows pasted from Excel.
 *
 * Run `npm run build` first: the server serves the built console from dist/admin.
 */

let server: ServerProcess;
let browser: Browser;
let page: Page;
let dataDir: string;

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const textOf = (id: string) => byTestId(id).innerText();

/** Waits until a computed figure shows `expected` (the engine recomputes on every keystroke). */
async function expectFigure(id: string, expected: string): Promise<void> {
  await page
    .locator(`[data-testid="${id}"]`, { hasText: new RegExp(`^${expected.replace('.', '\\.')}$`) })
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      throw new Error(`${id}: expected ${expected}, shows ${await textOf(id)}`);
    });
}

async function fillRow(
  i: number,
  row: {
    level1: string;
    level2: string;
    name: string;
    target: string;
    actual: string;
    weight: string;
  },
): Promise<void> {
  for (const [key, value] of Object.entries(row)) {
    await byTestId(`ind-${i}-${key}`).fill(value);
  }
}

async function shot(name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  // Chips fade their colour when a status changes: shoot once the finite transitions have ended
  // (spinners run forever and are left out).
  await page.waitForFunction(
    "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)",
  );
  await screenshot(page, name);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bp-browser-scoring-'));
  server = await startServer({ DATA_DIR: dataDir }, 'dist');
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  page = await context.newPage();
  await loginAs(page, server.url, 'unit');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('评分试算', () => {
  it('is reached from the menu 评分工具 → 评分试算', async () => {
    await page.locator('[data-testid="menu-scoring"]').click();
    await byTestId('scoring-page').waitFor();
    expect(new URL(page.url()).hash).toBe('#/scoring');
  });

  it('scores a typed 项目支出绩效自评表 as it is typed, down to the grade', async () => {
    // Budget 年初 3.2 / 全年 3.2 / 执行 1.64, 分值 10:
    //   执行率 = 1.64 ÷ 3.2 = 51.25 %; 执行率得分 = 10 × 1.64 ÷ 3.2 = 5.125 → 5.13 (half-up).
    await byTestId('budget-initial').fill('3.2');
    await byTestId('budget-adjusted').fill('3.2');
    await byTestId('budget-executed').fill('1.64');
    await expectFigure('result-executionRate', '51.25%');
    await expectFigure('result-executionScore', '5.13');
    await expect(textOf('budget-explanation')).resolves.toContain('10 × 1.64 ÷ 3.2 = 5.13');

    // 资金管理情况 (henan-project-2023): four items of 5, full marks by default → 20.
    await expectFigure('result-fundManagementScore', '20.00');

    // Indicators, all met:
    //   成本 ≤3.33 万元, actual 1.64 万元 → 反向 met → 20
    //   产出 16 人, actual 16 人 → 正向 met → 30
    //   满意度 ≥95 %, actual 100 % → met → 20
    //   → 绩效指标 70; total 5.13 + 20 + 70 = 95.13 → 优 (≥ 90).
    await fillRow(0, {
      level1: '成本指标',
      level2: '经济成本指标',
      name: '办公总成本',
      target: '≤3.33 万元',
      actual: '1.64 万元',
      weight: '20',
    });
    await byTestId('ind-add').click();
    await fillRow(1, {
      level1: '产出指标',
      level2: '数量指标',
      name: '在职办公人员数量',
      target: '16 人',
      actual: '16 人',
      weight: '30',
    });
    await byTestId('ind-add').click();
    await fillRow(2, {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '工作人员满意',
      target: '≥95%',
      actual: '100%',
      weight: '20',
    });
    await expectFigure('ind-0-computed', '20.00');
    await expect(textOf('ind-0-explanation')).resolves.toContain('反向');
    await expectFigure('result-indicatorScore', '70.00');
    await expectFigure('result-total', '95.13');
    await expectFigure('result-grade', '优');
    await shot('scoring-typed');

    // One unmet row moves the total and the grade at once:
    //   16 人 → 12 人: 30 × 12 ÷ 16 = 22.50; 绩效指标 62.50; total 5.13 + 20 + 62.50 = 87.63 → 良.
    await byTestId('ind-1-actual').fill('12 人');
    await expectFigure('ind-1-computed', '22.50');
    await expectFigure('result-total', '87.63');
    await expectFigure('result-grade', '良');
    await expect(textOf('scoring-findings')).resolves.toContain('未说明偏差原因');
    await byTestId('ind-1-reason').fill('两名工作人员年中调离，下半年补充到位');
    await expect(textOf('scoring-findings')).resolves.not.toContain('未说明偏差原因');
  });

  it('asks the server to compute the same sheet and says that it agrees', async () => {
    await byTestId('server-check').click();
    await page.locator('[data-testid="server-result"][data-agrees="true"]').waitFor();
    await expect(textOf('server-result')).resolves.toContain('总分 87.63');
    await shot('scoring-server-agrees');
  });

  it('takes indicator rows pasted from Excel (merged category cells pasted blank)', async () => {
    await byTestId('scoring-paste').click();
    // Header row, then rows as Excel copies them: tabs between cells, blank 一级 / 二级 where the
    // sheet merges them. Scores: 培训人次 met → 10; 培训场次 15 of 20 → 20 × 15 ÷ 20 = 15.00;
    // 满意度 met → 15; 绩效指标 40.00.
    const tsv = [
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值',
      '产出指标\t数量指标\t培训人次\t≥20人次\t25人次\t10',
      '\t\t培训场次\t20场\t15场\t20',
      '满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t96%\t15',
    ].join('\n');
    await byTestId('paste-text').fill(tsv);
    await expect(textOf('paste-summary')).resolves.toContain('识别出 3 行指标');
    await byTestId('paste-replace').click();
    await expect(byTestId('ind-1-level1').inputValue()).resolves.toBe('产出指标');
    await expect(byTestId('ind-1-level2').inputValue()).resolves.toBe('数量指标');
    await expectFigure('ind-1-computed', '15.00');
    await expectFigure('result-indicatorScore', '40.00');
  });

  it('loads the seed-002 sample and reproduces its published total', async () => {
    await byTestId('scoring-sample').click();
    await byTestId('sample-title').waitFor();
    // 社区治理和服务创新资金(含物业管理工作): published 95.13, 优.
    await expectFigure('result-total', '95.13');
    await expectFigure('result-grade', '优');
    await expect(textOf('scoring-findings')).resolves.not.toContain('总分与各项得分合计不符');
    await byTestId('server-check').click();
    await page
      .locator('[data-testid="server-result"][data-agrees="true"]', { hasText: '总分 95.13' })
      .waitFor();
    await shot('scoring-sample');
  });
});
