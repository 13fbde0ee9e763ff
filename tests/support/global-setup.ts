import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../server/database/options';
import { REDIS_URL, testConfig, TEST_DATABASE } from './env';
import { recreateDatabase } from './mysql';

/** A fresh test database, built by the migrations exactly as production builds its schema. */
export default async function globalSetup(): Promise<void> {
  // The tests' own Redis database starts empty (login throttling counters, queues).
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
  await recreateDatabase(TEST_DATABASE);
  const ds = new DataSource(buildDataSourceOptions(testConfig()));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
