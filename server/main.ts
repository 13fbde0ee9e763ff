import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createApp } from './app.factory';
import { AppConfig, ConfigError, loadConfig } from './config/config';
import { RedisPolicyError } from './queue/redis-check';
import { startWorker } from './worker';

/** How long SIGTERM waits for requests in flight before closing anyway. */
const GRACE_MS = 15_000;

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`配置错误 / configuration error: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = new Logger('Main');
  // `--worker` (npm run worker): the job workers only, no HTTP server.
  if (process.argv.includes('--worker')) {
    await startWorker(config);
    return;
  }
  const app = await createApp(config);

  // Graceful stop: on SIGTERM/SIGINT the requests already received are answered (new ones are
  // told to close their connection), then the HTTP server, the database and Redis are closed.
  let active = 0;
  let stopping = false;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    active += 1;
    res.once('close', () => (active -= 1));
    if (stopping) res.setHeader('Connection', 'close');
    next();
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing ${active} request(s) in flight`);
    const deadline = Date.now() + GRACE_MS;
    // Wait until nothing has been in flight for a moment (requests already on the wire included).
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (active > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 200) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await app.close();
    logger.log('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen(config.port, process.env.HOST ?? '0.0.0.0');
  const url = await app.getUrl();
  logger.log(
    `预算绩效管理平台 listening on ${url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost')} (${config.mode} mode${config.demoData ? ', demo data' : ''})`,
  );
}

bootstrap().catch((error: unknown) => {
  // A refused start (e.g. a Redis that may evict queued jobs) says why, without a stack trace.
  if (error instanceof ConfigError || error instanceof RedisPolicyError) {
    process.stderr.write(`启动失败 / cannot start: ${error.message}\n`);
    process.exit(78);
  }
  throw error;
});
