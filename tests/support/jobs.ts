import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../server/database/options';
import mysql from 'mysql2/promise';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, startApp, TestApp } from './app';
import { mysqlUrl, REDIS_URL, testConfig } from './env';
import { connectTest, recreateDatabase } from './mysql';
import { waitUntil } from './process';

/** A job as GET /api/jobs/:id answers. */
export interface JobBody {
  id: string;
  type: string;
  state: 'waiting' | 'active' | 'completed' | 'failed';
  progress: number;
  message: string;
  result: {
    url?: string;
    filename?: string;
    errors?: { sheet: string; row: number | null; column: string | null; message: string }[];
    imported?: { sheet: string; resource: string; id: number; action: string }[];
    [key: string]: unknown;
  } | null;
  error: string | null;
  createdBy: number | null;
  attempts: number;
}

/** A database of its own, built by the migrations (a test that changes demo data uses one). */
export async function migratedDatabase(name: string): Promise<string> {
  await recreateDatabase(name);
  const url = mysqlUrl(name);
  const ds = new DataSource(buildDataSourceOptions(testConfig({ DATABASE_URL: url })));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
  return url;
}

/** Polls a job until it has finished (completed or failed). */
export async function finished(api: Api, id: string, timeoutMs = 30_000): Promise<JobBody> {
  let job: JobBody | undefined;
  await waitUntil(
    async () => {
      const res = await api.get<JobBody>(`/api/jobs/${id}`);
      job = res.body;
      return res.status === 200 && (job.state === 'completed' || job.state === 'failed');
    },
    timeoutMs,
    `job ${id} to finish (last: ${JSON.stringify(job)})`,
  );
  return job as JobBody;
}

/** Downloads a job's file. */
export async function download(
  api: Api,
  id: string,
): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(`${api.base}/api/jobs/${id}/file`, {
    headers: api.token ? { authorization: `Bearer ${api.token}` } : {},
  });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

/** Exports and waits for the file. */
export async function exportFile(
  api: Api,
  type: string,
  ids: number[],
): Promise<{ job: JobBody; file: Buffer }> {
  const res = await api.post<{ jobId: string }>('/api/exports', { type, ids });
  if (res.status !== 202)
    throw new Error(`export ${type}: ${res.status} ${JSON.stringify(res.body)}`);
  const job = await finished(api, res.body.jobId);
  if (job.state !== 'completed') throw new Error(`export failed: ${JSON.stringify(job)}`);
  return { job, file: (await download(api, job.id)).body };
}

/** POST /api/imports as a browser form would send it. */
export async function upload(
  api: Api,
  type: string,
  file: Buffer,
  filename = 'import.xlsx',
): Promise<{
  status: number;
  body: { jobId?: string; code?: string; message?: string; errors?: Record<string, string> };
}> {
  const form = new FormData();
  form.set('type', type);
  form.set('file', new Blob([new Uint8Array(file)]), filename);
  const res = await fetch(`${api.base}/api/imports`, {
    method: 'POST',
    headers: api.token ? { authorization: `Bearer ${api.token}` } : {},
    body: form,
  });
  const text = await res.text();
  const body = (text ? JSON.parse(text) : {}) as Awaited<ReturnType<typeof upload>>['body'];
  return { status: res.status, body };
}

/** Uploads and waits for the import job. */
export async function importFile(api: Api, type: string, file: Buffer): Promise<JobBody> {
  const res = await upload(api, type, file);
  if (res.status !== 202 || !res.body.jobId)
    throw new Error(`import: ${res.status} ${JSON.stringify(res.body)}`);
  return finished(api, res.body.jobId);
}

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** SIGKILL: no clean-up at all, the job it holds stays locked until the lock expires. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** `server/main.ts --worker` as its own process (through the swc hook); waits until it is ready. */
export async function startWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'DEMO_DATA', 'DATA_DIR'].includes(k),
    ),
  );
  const child = spawn(
    process.execPath,
    ['-r', './scripts/swc-register.js', 'server/main.ts', '--worker'],
    { env: { ...clean, LOG_LEVEL: 'log', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ready = false;
  try {
    await Promise.race([
      waitUntil(async () => log.includes('worker ready'), 60_000, 'the worker process to start'),
      exited.then(() => {
        if (!ready)
          throw new Error(`worker exited (${child.exitCode ?? child.signalCode}): ${log}`);
      }),
    ]);
    ready = true;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    child,
    output: () => log,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Removes a test's BullMQ keys (its own QUEUE_PREFIX) from the test Redis database. */
export async function dropQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The app of a jobs test, its users, a connection to its database, and how to take it down. */
export interface JobsBench {
  t: TestApp;
  users: Record<string, Api>;
  conn: mysql.Connection;
  files: string;
  close(): Promise<void>;
}

/**
 * The app on a database of its own (`database`, migrated), with its own FILES_DIR and queue prefix
 * (workers in the API process), `usernames` logged in, and a connection to look at the tables.
 */
export async function jobsBench(
  database: string,
  usernames: string[],
  settings: Record<string, string> = {},
): Promise<JobsBench> {
  const files = mkdtempSync(join(tmpdir(), `${database}-`));
  const prefix = `${database.replace(/[^a-z]/g, '').slice(0, 12)}${process.pid}`;
  const url = await migratedDatabase(database);
  const t = await startApp(
    testConfig({ DATABASE_URL: url, QUEUE_PREFIX: prefix, FILES_DIR: files, ...settings }),
  );
  const anon = new Api(t.url);
  const logged = await Promise.all(usernames.map((u) => anon.login(u)));
  const conn = await connectTest(database);
  return {
    t,
    users: Object.fromEntries(usernames.map((u, i) => [u, logged[i]])),
    conn,
    files,
    close: async () => {
      await conn.end();
      await t.close();
      await dropQueueKeys(prefix);
      rmSync(files, { recursive: true, force: true });
    },
  };
}
