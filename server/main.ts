import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/config';
import { createApp } from './app.factory';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`配置错误 / configuration error: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port, process.env.HOST ?? '0.0.0.0');
  const url = await app.getUrl();
  new Logger('Main').log(
    `预算绩效管理平台 listening on ${url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost')} (${config.mode} mode${config.demoData ? ', demo data' : ''})`,
  );
}

void bootstrap();
