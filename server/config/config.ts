import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Every setting of the product, read once from the environment and validated at boot.
 * A wrong value stops the process with a message naming the variable; secrets are never printed.
 * The README's settings table documents the same list.
 */
export interface AppConfig {
  port: number;
  /** `embedded`: SQLite file under dataDir and in-process jobs; `production`: MySQL + Redis. */
  mode: 'embedded' | 'production';
  databaseUrl: string | null;
  /** Read replicas (production): plain reads go to them, writes and transactions to DATABASE_URL. */
  databaseReplicaUrls: string[];
  redisUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  jwtExpiresIn: number; // seconds
  demoData: boolean;
  logLevel: LogLevel;
  loginMaxFailures: number;
  loginWindowSeconds: number;
  adminDir: string;
  /** `api`: the HTTP server; `worker`: a worker-only process (`npm run worker`). Set by the entry. */
  role: 'api' | 'worker';
  /** Production mode: this API process also runs the job workers (a worker process always does). */
  workers: boolean;
  /** Jobs a worker process runs at once, per queue. */
  workerConcurrency: number;
  /** Exported files and uploaded imports; must be shared by the API and the worker processes. */
  filesDir: string;
  /** BullMQ: how long a worker holds a job's lock, and how often stalled jobs are looked for (ms). */
  jobLockMs: number;
  jobStalledIntervalMs: number;
  /** Exported files (and stray uploads) older than this are removed by the daily cleanup. */
  filesRetentionDays: number;
  /** Excel imports: largest upload (bytes) and most indicator rows in one file. */
  importMaxBytes: number;
  importMaxRows: number;
  /** When the daily deadline reminders run (cron, Asia/Shanghai). */
  reminderCron: string;
  /** Prefix of the BullMQ keys, so that several installations can share one Redis. */
  queuePrefix: string;
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}

/** `3600`, `60m`, `12h`, `7d` → seconds. */
function duration(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw.trim());
  if (!match)
    throw new ConfigError(`${name} must be a duration such as 3600, 60m, 12h or 7d (got "${raw}")`);
  const factor = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  const seconds = Number(match[1]) * factor;
  if (seconds < 60 || seconds > 30 * 86400) {
    throw new ConfigError(`${name} must be between 1 minute and 30 days (got "${raw}")`);
  }
  return seconds;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  if (name === 'DATABASE_URL' && parsed.pathname.replace(/^\//, '') === '') {
    throw new ConfigError(
      'DATABASE_URL must name a database, e.g. mysql://user:pass@host:3306/budget',
    );
  }
  return raw;
}

/** A five-field cron expression (`0 8 * * *`); only the shape is checked here, BullMQ parses it. */
function cron(env: Env, name: string, fallback: string): string {
  const raw = (env[name] ?? '').trim();
  if (raw === '') return fallback;
  if (!/^([\d*/,-]+\s+){4}[\d*/,-]+$/.test(raw)) {
    throw new ConfigError(`${name} must be a cron expression such as "0 8 * * *" (got "${raw}")`);
  }
  return raw;
}

function replicas(env: Env, primary: string | null): string[] {
  const raw = (env.DATABASE_REPLICA_URLS ?? '').trim();
  if (raw === '') return [];
  if (!primary) throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL (the primary)');
  return raw.split(',').map((item, i) => {
    const value = url(
      { [`DATABASE_REPLICA_URLS[${i}]`]: item.trim() },
      `DATABASE_REPLICA_URLS[${i}]`,
      ['mysql:', 'mariadb:'],
    );
    if (!value) throw new ConfigError(`DATABASE_REPLICA_URLS[${i}] is empty`);
    return value;
  });
}

function queuePrefix(env: Env): string {
  const raw = env.QUEUE_PREFIX || 'bp';
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(raw)) {
    throw new ConfigError(`QUEUE_PREFIX may hold letters, digits, _ and - only (got "${raw}")`);
  }
  return raw;
}

/** Embedded mode keeps a generated secret beside the database so that tokens survive restarts. */
function embeddedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const databaseUrl = url(env, 'DATABASE_URL', ['mysql:', 'mariadb:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const mode = databaseUrl ? 'production' : 'embedded';
  if (redisUrl && !databaseUrl) {
    throw new ConfigError('REDIS_URL is set but DATABASE_URL is not: production mode needs both');
  }
  const dataDir = resolve(env.DATA_DIR || 'data');
  const logLevel = (env.LOG_LEVEL || 'log') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`,
    );
  }
  let jwtSecret = env.JWT_SECRET ?? '';
  if (mode === 'production') {
    if (jwtSecret.length < 32) {
      throw new ConfigError(
        'JWT_SECRET is required with DATABASE_URL and must be at least 32 characters',
      );
    }
  } else if (jwtSecret === '') {
    jwtSecret = embeddedSecret(dataDir);
  } else if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    mode,
    databaseUrl,
    databaseReplicaUrls: replicas(env, databaseUrl),
    redisUrl,
    dataDir,
    jwtSecret,
    jwtExpiresIn: duration(env, 'JWT_EXPIRES_IN', 8 * 3600),
    demoData: bool(env, 'DEMO_DATA', mode === 'embedded'),
    logLevel,
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 10, 1, 1000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 900, 10, 86400),
    adminDir: resolve(env.ADMIN_DIR || 'dist/admin'),
    role: 'api',
    workers: bool(env, 'WORKERS', true),
    workerConcurrency: int(env, 'WORKER_CONCURRENCY', 2, 1, 32),
    filesDir: resolve(env.FILES_DIR || join(dataDir, 'files')),
    filesRetentionDays: int(env, 'FILES_RETENTION_DAYS', 7, 1, 3650),
    jobLockMs: int(env, 'JOB_LOCK_MS', 30000, 1000, 600000),
    jobStalledIntervalMs: int(env, 'JOB_STALLED_MS', 30000, 500, 600000),
    importMaxBytes: int(env, 'IMPORT_MAX_MB', 10, 1, 100) * 1024 * 1024,
    importMaxRows: int(env, 'IMPORT_MAX_ROWS', 10000, 10, 1000000),
    reminderCron: cron(env, 'REMINDER_CRON', '0 8 * * *'),
    queuePrefix: queuePrefix(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
