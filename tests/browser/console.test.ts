import type { Browser, Page } from 'playwright-core';
import { launchChromium, loginAs, screenshot } from '../support/browser';
import { mysqlUrl, REDIS_URL } from '../support/env';
import { recreateDatabase } from '../support/mysql';
import { ServerProcess, startServer } from '../support/process';

/**
 * The built console served by the built server in production mode (MariaDB + Redis, demo data),
 * driven in Debian's Chromium.
 */
describe('console', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await recreateDatabase('bp_browser');
    server = await startServer({
      DATABASE_URL: mysqlUrl('bp_browser'),
      REDIS_URL,
      JWT_SECRET: 'browser-test-secret-browser-test-secret-0123',
      DEMO_DATA: 'true',
    });
    browser = await launchChromium();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  });
  afterEach(async () => {
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the login page in Chinese and refuses a wrong password', async () => {
    await page.goto(`${server.url}/#/login`);
    await page.getByText('预算绩效管理平台').first().waitFor();
    await page.getByLabel('用户名').fill('unit');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').waitFor();
    await screenshot(page, 'login-refused');
  });

  it('logs in as unit and shows its organisation, role and only its own data', async () => {
    await loginAs(page, server.url, 'unit');
    await page.getByText('洛阳市西工区社区治理和服务创新办公室（本级）').first().waitFor();
    await page.getByText('项目单位').first().waitFor();
    await page.goto(`${server.url}/#/orgs`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('XG-SCB-001');
    // Users and the audit log are not in a unit's menu.
    expect(await page.getByRole('menuitem', { name: '操作日志' }).count()).toBe(0);
    await screenshot(page, 'unit-orgs');
  });

  it('logs in as admin and sees the whole tree and every user', async () => {
    await loginAs(page, server.url, 'admin');
    await page.goto(`${server.url}/#/users`);
    await page.getByText('jiedao').waitFor();
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(7);
    await screenshot(page, 'admin-users');
    await page.goto(`${server.url}/#/orgs`);
    await page.getByText('沧州渤海新区南大港产业园区').first().waitFor();
    await page.goto(`${server.url}/#/audit-logs`);
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, 'admin-audit');
  });
});
