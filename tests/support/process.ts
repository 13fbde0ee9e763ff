import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Polls until `check` resolves true or the timeout passes (never sleep-and-hope). */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Starts the server as its own process (`entry` is dist/server/main.js, or the TypeScript source
 * through the swc hook) with the given environment, and waits for /api/health.
 */
export async function startServer(
  env: Record<string, string>,
  entry: 'dist' | 'source' = 'dist',
): Promise<ServerProcess> {
  const port = await freePort();
  const args =
    entry === 'dist'
      ? ['dist/server/main.js']
      : ['-r', './scripts/swc-register.js', 'server/main.ts'];
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'DEMO_DATA', 'DATA_DIR'].includes(k),
    ),
  );
  const child = spawn(process.execPath, args, {
    env: { ...clean, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntil(
      async () => {
        if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
        return (await fetch(`${url}/api/health`)).ok;
      },
      60_000,
      'the server to answer /api/health',
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return {
    url,
    child,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
