// Helpers of the job benchmarks: worker processes of the built server, a whole deployment (API
// without workers + N worker processes) on a queue prefix and files directory of its own, polling
// a job, and the memory of a process from /proc.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { DATABASE, MYSQL, PASSWORD, REDIS } from './dataset.mjs';
import { ROOT, startServer } from './lib.mjs';

/**
 * `node dist/server/main.js --worker` with `env`; resolves once it says it is ready.
 * BENCH_WORKER_NODE_ARGS adds node options, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 */
export async function startWorker(env) {
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'dist/server/main.js', '--worker'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'log', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  while (!output.includes('worker ready')) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`worker exited:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`worker did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    pid: child.pid,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Removes the BullMQ keys of `prefix` from the benchmark Redis. */
async function dropQueueKeys(prefix) {
  const redis = new Redis(REDIS, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * The production deployment in small: the API with WORKERS=false and worker processes started on
 * demand, all on the benchmark database, their own QUEUE_PREFIX (so no other installation on the
 * same Redis picks up their jobs) and their own FILES_DIR.
 */
export async function startDeployment(
  extraEnv = {},
  prefix = `bench-${process.pid}-${randomBytes(3).toString('hex')}`,
) {
  const files = mkdtempSync(join(tmpdir(), 'bp-bench-files-'));
  const env = {
    DATABASE_URL: `${MYSQL}/${DATABASE}`,
    REDIS_URL: REDIS,
    JWT_SECRET: randomBytes(36).toString('base64'),
    DEMO_DATA: 'false',
    QUEUE_PREFIX: prefix,
    FILES_DIR: files,
    ...extraEnv,
  };
  const server = await startServer({ ...env, WORKERS: 'false' });
  const workers = new Set();
  return {
    url: server.url,
    env,
    files,
    server,
    /** Starts `n` worker processes at once (`extra`: settings of theirs, e.g. concurrency). */
    async workers(n, extra = {}) {
      const started = await Promise.all(
        Array.from({ length: n }, () => startWorker({ ...env, ...extra })),
      );
      for (const w of started) workers.add(w);
      return started;
    },
    async stopWorkers(list = [...workers]) {
      await Promise.all(list.map((w) => w.stop()));
      for (const w of list) workers.delete(w);
    },
    async stop() {
      await Promise.all([...workers].map((w) => w.stop()));
      await server.stop();
      await dropQueueKeys(prefix).catch(() => undefined);
      rmSync(files, { recursive: true, force: true });
    },
    /** For the end of the benchmark run, when nothing can be awaited any more. */
    kill() {
      for (const pid of [server.pid, ...[...workers].map((w) => w.pid)]) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // gone already
        }
      }
      rmSync(files, { recursive: true, force: true });
    },
  };
}

let shared;

/**
 * One API process for all the job benchmarks of a run (it takes seconds to start): each module
 * starts and stops its own worker processes on it. It ends with the run; its queue prefix is
 * fixed, so what a run leaves in Redis goes at the start of the next one.
 */
export function sharedDeployment() {
  shared ??= (async () => {
    const prefix = 'bench-jobs';
    await dropQueueKeys(prefix);
    const deployment = await startDeployment({}, prefix);
    process.once('exit', () => deployment.kill());
    return deployment;
  })();
  shared.catch(() => (shared = undefined));
  return shared;
}

/** Logs `username` in; resolves to fetch headers with its token. */
export async function login(url, username) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return { authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** Polls GET /api/jobs/:id every `everyMs` until the job has finished; resolves to the job. */
export async function finished(url, headers, id, { everyMs = 50, timeoutMs = 900_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${url}/api/jobs/${id}`, { headers });
    const job = await res.json();
    if (res.ok && (job.state === 'completed' || job.state === 'failed')) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const status = (pid) => readFileSync(`/proc/${pid}/status`, 'utf8');
const kb = (text, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]);

/** VmRSS and VmHWM (the peak since start or since `resetPeak`) of a process, in MB. */
export function memory(pid) {
  const text = status(pid);
  return { rss: kb(text, 'VmRSS') / 1024, peak: kb(text, 'VmHWM') / 1024 };
}

/** Starts a new peak: VmHWM falls back to the current VmRSS (Linux clear_refs, value 5). */
export function resetPeak(pid) {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}
