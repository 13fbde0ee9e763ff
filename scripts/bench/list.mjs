// List API benchmark: throughput of `GET /api/evaluations` with a filter, a sort and a range,
// authenticated as bench-finance (the first region's 财政局, ~1/10 of the province), against the
// built server in production mode on the province dataset — beside list-baseline.mjs, a bare
// node:http + mysql2 server running the same SQL statements and answering the same JSON, measured
// in the same run. The load comes from autocannon in a separate process on loopback, bounded in
// time (BENCH_DURATION seconds per round: 6, --quick 3) and in count (BENCH_MAX_REQUESTS, 200,000),
// over BENCH_CONNECTIONS keep-alive connections (10). Rounds alternate API and baseline (5 rounds,
// --quick 2); each round's ratio compares two neighbouring slices of time, and the median ratio
// counts, so that a busy or a quiet moment of a shared machine does not decide the result. Before
// any load both servers must answer the same JSON and Content-Range. BENCH_LIST_QUERY replaces the
// request (the baseline knows the filters year, status, kind, orgId).
// Goal: API ≥ 0.5 × the baseline's requests per second. The log also gives each server's CPU time
// per request (from /proc/<pid>/stat), which the neighbours disturb less than the throughput.
//
// Memory: the API process's resident set (VmRSS of /proc/<pid>/status, sampled every 100 ms) at
// its peak under the list load, beside the baseline server's peak. Goal: ≤ 512 MB — a quarter of
// a 2 GB host, leaving room for the database's connections and a worker process. The log gives
// the peak of every round beside its request count, which is how stability shows: a leak grows
// the peak round after round whatever the rate, whereas V8 sizes its heap to the allocation rate,
// so a busier round has a higher peak without leaking. A few rounds of different rates cannot
// tell the two apart automatically, so the round peaks are reported rather than judged.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { DATABASE, dataset, MYSQL, PASSWORD, REDIS, SCALES, YEAR } from './dataset.mjs';
import { cpuMs, ensureBuilt, loadTest, ROOT, round2, sampleRss, startServer } from './lib.mjs';

export const name = 'list';

const GOAL = 0.5;
const MEMORY_GOAL_MB = 512;

/** The request: approved project self-evaluations of the year, best total first, one page. */
export const LIST_QUERY =
  process.env.BENCH_LIST_QUERY ??
  new URLSearchParams({
    filter: JSON.stringify({ year: YEAR, status: 'approved', kind: 'project' }),
    sort: JSON.stringify(['total', 'DESC']),
    range: JSON.stringify([0, 24]),
  }).toString();

/** Starts list-baseline.mjs and waits until it listens. */
export async function startBaseline(env) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'bench', 'list-baseline.mjs')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`baseline exited ${code}: ${output}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function fetchList(base, headers) {
  const res = await fetch(`${base}/api/evaluations?${LIST_QUERY}`, { headers });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${base} answered ${res.status}: ${text.slice(0, 300)}`);
  return {
    range: res.headers.get('content-range'),
    bytes: Buffer.byteLength(text),
    body: JSON.parse(text),
  };
}

/** One load round against `server`, with its RSS sampled; fails on any error or non-2xx. */
async function round(server, opts) {
  const sampler = sampleRss(server.pid);
  const cpu = cpuMs(server.pid);
  const r = await loadTest({ url: `${server.url}/api/evaluations?${LIST_QUERY}`, ...opts });
  const cpuPerRequest = (cpuMs(server.pid) - cpu) / r.requests.total;
  const { peak } = sampler.stop();
  if (r.errors || r.timeouts || r.non2xx)
    throw new Error(
      `${server.url}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx answers under load`,
    );
  return {
    rps: r.requests.average,
    total: r.requests.total,
    p99: r.latency.p99,
    peak,
    cpuPerRequest,
  };
}

export async function run({ quick, log }) {
  const scale = quick ? SCALES.quick : SCALES.full;
  const duration = Number(process.env.BENCH_DURATION ?? (quick ? 3 : 6));
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const maxRequests = Number(process.env.BENCH_MAX_REQUESTS ?? 200_000);
  const rounds = quick ? 2 : 5;
  ensureBuilt(log);
  await dataset(scale, log);

  const secret = randomBytes(36).toString('base64');
  const databaseUrl = `${MYSQL}/${DATABASE}`;
  const api = await startServer({
    DATABASE_URL: databaseUrl,
    REDIS_URL: REDIS,
    JWT_SECRET: secret,
    DEMO_DATA: 'false',
  });
  let baseline;
  try {
    baseline = await startBaseline({ DATABASE_URL: databaseUrl, JWT_SECRET: secret });
    const login = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench-finance', password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { accessToken } = await login.json();
    const headers = { authorization: `Bearer ${accessToken}` };

    // The two must answer the same before their speeds mean anything.
    const a = await fetchList(api.url, headers);
    const b = await fetchList(baseline.url, headers);
    if (a.range !== b.range) throw new Error(`Content-Range: API ${a.range}, baseline ${b.range}`);
    if (!isDeepStrictEqual(a.body, b.body)) {
      const ids = (x) => x.body.map((r) => r.id).join(',');
      throw new Error(
        ids(a) !== ids(b)
          ? `ids differ: API ${ids(a)}, baseline ${ids(b)}`
          : `same ids, different rows: API ${JSON.stringify(a.body[0])}, baseline ${JSON.stringify(b.body[0])}`,
      );
    }
    if ((await fetch(`${baseline.url}/api/evaluations?${LIST_QUERY}`)).status !== 401)
      throw new Error('the baseline answers without a token');
    log(`request: ${decodeURIComponent(LIST_QUERY)}`);
    log(`both answer ${a.range}, ${a.body.length} rows, ${a.bytes} / ${b.bytes} bytes`);

    const opts = { headers, connections, maxRequests };
    // Warm-up (JIT, connection pools, buffer pool), not measured.
    const warmup = quick ? 1 : 2;
    await loadTest({ url: `${api.url}/api/evaluations?${LIST_QUERY}`, ...opts, duration: warmup });
    await loadTest({
      url: `${baseline.url}/api/evaluations?${LIST_QUERY}`,
      ...opts,
      duration: warmup,
    });
    const apiRounds = [];
    const baseRounds = [];
    for (let i = 0; i < rounds; i += 1) {
      // Which goes first alternates too.
      if (i % 2 === 0) {
        apiRounds.push(await round(api, { ...opts, duration }));
        baseRounds.push(await round(baseline, { ...opts, duration }));
      } else {
        baseRounds.push(await round(baseline, { ...opts, duration }));
        apiRounds.push(await round(api, { ...opts, duration }));
      }
      const [x, y] = [apiRounds[i], baseRounds[i]];
      const line = (r) =>
        `${round2(r.rps)} req/s (${r.total} requests, p99 ${r.p99} ms, ${round2(r.cpuPerRequest)} ms CPU per request, peak RSS ${round2(r.peak)} MB)`;
      log(`round ${i + 1}: API ${line(x)}; baseline ${line(y)}`);
    }
    const median = (xs) => {
      const sorted = [...xs].sort((x, y) => x - y);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const rps = round2(median(apiRounds.map((r) => r.rps)));
    const baseRps = round2(median(baseRounds.map((r) => r.rps)));
    const ratio = round2(median(apiRounds.map((r, i) => r.rps / baseRounds[i].rps)));
    const peak = round2(Math.max(...apiRounds.map((r) => r.peak)));
    const basePeak = round2(Math.max(...baseRounds.map((r) => r.peak)));
    log(
      `${connections} connections, ${duration} s per round, ${rounds} round(s), ${quick ? 'quick' : 'full'} dataset; ` +
        `the figures are the medians of the rounds, the ratio the median of the rounds' ratios`,
    );
    return [
      {
        name: 'list-throughput',
        unit: 'req/s',
        value: rps,
        baseline: baseRps,
        ratio,
        goal: `≥ ${GOAL} × bare node:http + mysql2`,
        met: ratio >= GOAL,
      },
      {
        name: 'list-api-peak-rss',
        unit: 'MB',
        value: peak,
        baseline: basePeak,
        ratio: round2(peak / basePeak),
        goal: `≤ ${MEMORY_GOAL_MB} MB`,
        met: peak <= MEMORY_GOAL_MB,
      },
    ];
  } finally {
    await baseline?.stop();
    await api.stop();
  }
}
