// Console benchmark: the weight of the production build and the time to a rendered dashboard, in
// Debian's headless Chromium against the built server in embedded mode with the demo data (what
// `npm start` serves).
//
// - console-login-js: gzip size of every script the login page loads (goal ≤ 400 KB). The server
//   sends the files uncompressed; each is gzipped here (zlib level 9), as a reverse proxy would.
// - console-dashboard-js: the same for everything loaded until the 管理驾驶舱 has rendered its
//   figures (login page + the lazy dashboard and chart chunks); reported beside the login figure.
// - console-dashboard-render: milliseconds from navigation to the dashboard's evaluation count on
//   the screen, signed in as `manager`, each time in a fresh browser context (cold HTTP cache),
//   median of N. Baseline, in the same run and browser: a bare page on the same origin that
//   fetches the same /api/dashboard figures with the same token and writes the count into the DOM
//   — the floor of "get the data and show it". Goal: the console within 3 s.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, newestMtime, percentile, ROOT, round2, startServer } from './lib.mjs';

export const name = 'console';

const LOGIN_GOAL_KB = 400;
const RENDER_GOAL_MS = 3000;
const YEAR = 2023;

/** Builds dist/admin when it is missing or older than the console's sources. */
function ensureAdminBuilt(log) {
  const index = join(ROOT, 'dist', 'admin', 'index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'admin')), newestMtime(join(ROOT, 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('building the console (npm run build:admin)');
  const r = spawnSync('npm', ['run', '--silent', 'build:admin'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build:admin failed');
}

function ensureChromium() {
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Chromium is not installed (scripts/ensure-chromium.sh)');
}

async function launch() {
  const { chromium } = await import('playwright-core');
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

/** Records the scripts a page loads, gzipped: `kb()` is their total so far in KB. */
function scriptWeight(page) {
  const sizes = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script' || sizes.has(response.url())) return;
    sizes.set(response.url(), 0);
    try {
      sizes.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
    } catch {
      /* the page navigated away before the body was read; counted by the next load */
    }
  });
  return {
    files: () => sizes.size,
    kb: () => round2([...sizes.values()].reduce((a, b) => a + b, 0) / 1024),
  };
}

const weightResult = (name, kb, goal) => ({
  name,
  unit: 'KB',
  value: kb,
  baseline: null,
  ratio: null,
  goal: goal === null ? 'reported' : `≤ ${goal} KB gzip`,
  met: goal === null || kb <= goal,
});

export async function run({ quick, log }) {
  const runs = Number(process.env.BENCH_RENDERS ?? (quick ? 3 : 7));
  ensureBuilt(log);
  ensureAdminBuilt(log);
  ensureChromium();
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-bench-console-'));
  const server = await startServer({
    DATABASE_URL: '',
    REDIS_URL: '',
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
  });
  const browser = await launch();
  try {
    // Weight: a fresh context each, so that nothing comes from the cache.
    let context = await browser.newContext();
    let page = await context.newPage();
    const login = scriptWeight(page);
    await page.goto(`${server.url}/#/login`);
    await page.getByLabel('用户名').waitFor();
    await page.waitForLoadState('networkidle');
    const loginKb = login.kb();
    log(`login page: ${login.files()} scripts, ${loginKb} KB gzip`);
    await context.close();

    context = await browser.newContext();
    page = await context.newPage();
    const dashboard = scriptWeight(page);
    await page.goto(`${server.url}/#/login`);
    await page.getByLabel('用户名').fill('manager');
    await page.getByLabel('密码').fill('Demo@2024');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('kpi-evaluations-value').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const dashboardKb = dashboard.kb();
    const evaluations = (await page.getByTestId('kpi-evaluations-value').innerText()).trim();
    log(`dashboard: ${dashboard.files()} scripts, ${dashboardKb} KB gzip; shows ${evaluations}`);
    const storage = await context.storageState();
    const token = storage.origins
      .flatMap((o) => o.localStorage)
      .find((e) => e.name === 'bp.auth.token')?.value;
    if (!token) throw new Error('no token in localStorage after signing in');
    await context.close();

    // The floor: the same figures fetched and shown by a page with no framework at all.
    const floorHtml = `<!doctype html><meta charset="utf-8"><div id="n"></div><script>
      fetch('/api/dashboard?year=${YEAR}', { headers: { Authorization: 'Bearer ' + localStorage.getItem('bp.auth.token') } })
        .then((r) => r.json())
        .then((d) => { const e = document.createElement('b'); e.id = 'count'; e.textContent = d.evaluations + ' 份'; document.getElementById('n').append(e); });
    </script>`;
    const render = async (path, selector) => {
      const ctx = await browser.newContext({ storageState: storage });
      await ctx.route(`${server.url}/bench-floor.html`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: floorHtml }),
      );
      const p = await ctx.newPage();
      const t0 = performance.now();
      await p.goto(`${server.url}${path}`);
      await p.locator(selector).filter({ hasText: /\d/ }).first().waitFor({ timeout: 30_000 });
      const ms = performance.now() - t0;
      const text = (await p.locator(selector).first().innerText()).trim();
      await ctx.close();
      return { ms, text };
    };
    const consoleTimes = [];
    const floorTimes = [];
    for (let i = 0; i < runs + 1; i += 1) {
      const a = await render('/#/', '[data-testid="kpi-evaluations-value"]');
      const b = await render('/bench-floor.html', '#count');
      if (a.text.replace(/\s/g, '') !== b.text.replace(/\s/g, ''))
        throw new Error(`the console shows ${a.text}, the API says ${b.text}`);
      if (i === 0) continue; // warm-up: the server's first queries
      consoleTimes.push(a.ms);
      floorTimes.push(b.ms);
    }
    const value = round2(percentile(consoleTimes, 50));
    const baseline = round2(percentile(floorTimes, 50));
    log(
      `dashboard rendered (median of ${runs}, fresh context each): ${value} ms, floor ${baseline} ms`,
    );
    return [
      weightResult('console-login-js', loginKb, LOGIN_GOAL_KB),
      weightResult('console-dashboard-js', dashboardKb, null),
      {
        name: 'console-dashboard-render',
        unit: 'ms',
        value,
        baseline,
        ratio: round2(value / baseline),
        goal: `≤ ${RENDER_GOAL_MS} ms`,
        met: value <= RENDER_GOAL_MS,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
