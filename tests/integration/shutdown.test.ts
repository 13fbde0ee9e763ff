import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../support/process';

/** SIGTERM: in-flight requests finish, then the process exits on its own within a timeout. */
describe('graceful shutdown', () => {
  it('answers the requests in flight and exits within 10 s', async () => {
    const server = await startServer(
      { DATA_DIR: mkdtempSync(join(tmpdir(), 'bp-shutdown-')) },
      'source',
    );
    const exited = new Promise<string>((resolve) =>
      server.child.once('exit', (code, signal) => resolve(`${code ?? ''}${signal ?? ''}`)),
    );
    // Each login verifies an argon2id hash (tens of milliseconds of work): still running at SIGTERM.
    const inFlight = Array.from({ length: 6 }, () =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'unit', password: 'Demo@2024' }),
      }).then((r) => r.status),
    );
    await new Promise((r) => setTimeout(r, 30));
    const started = Date.now();
    server.child.kill('SIGTERM');
    expect(await Promise.all(inFlight)).toEqual(Array(6).fill(200));
    const code = await Promise.race([
      exited,
      new Promise<string>((r) => setTimeout(() => r('timeout'), 10_000)),
    ]);
    expect(code).toBe('0');
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });
});
