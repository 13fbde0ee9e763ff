import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { logLevels } from './app.factory';
import { AppModule } from './app.module';
import { AppConfig, ConfigError } from './config/config';

/**
 * A worker-only process (`npm run worker`): the job handlers on BullMQ, no HTTP server. Start as
 * many as needed; BullMQ hands each job to one of them, and a job whose worker dies is picked up
 * again by another once its lock expires. It leaves migrations and demo data to the API server.
 */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  if (config.mode !== 'production' || !config.redisUrl) {
    throw new ConfigError(
      'npm run worker needs DATABASE_URL and REDIS_URL (production mode); the embedded mode runs jobs inside the server',
    );
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, role: 'worker', demoData: false, workers: true }),
    // Errors at start reach main.ts, which names a refused Redis without a stack trace.
    { logger: logLevels(config.logLevel), abortOnError: false },
  );
  app.enableShutdownHooks();
  new Logger('Worker').log(`预算绩效管理平台 worker ready (pid ${process.pid})`);
  return app;
}
