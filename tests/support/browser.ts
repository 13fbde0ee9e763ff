import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Browser, BrowserContext, chromium, Download, Page } from 'playwright-core';

export const ARTIFACTS = join(__dirname, '..', 'artifacts');

/** Debian's Chromium, headless, with the flags an offline, sandboxed machine needs (Playwright
 *  gives every launch a fresh, empty profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Logs in through the console's own login page. */
export async function loginAs(
  page: Page,
  baseUrl: string,
  username: string,
  password = 'Demo@2024',
): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'), { timeout: 20_000 });
}

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** A screenshot once the finite transitions have ended (progress bars and spinners run on). */
export async function settledScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)",
  );
  await screenshot(page, name);
}

/** A fresh browser session (its own context, kept in `contexts`, downloads allowed) as `username`. */
export async function sessionOf(
  browser: Browser,
  baseUrl: string,
  username: string,
  contexts: BrowserContext[],
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  await loginAs(page, baseUrl, username);
  return page;
}

/** Saves a download into `dir` and opens it as a workbook. */
export async function downloadedWorkbook(
  download: Download,
  dir: string,
): Promise<ExcelJS.Workbook> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
