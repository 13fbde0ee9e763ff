import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../server/database/options';
import { testConfig, TEST_DATABASE } from './env';
import { recreateDatabase } from './mysql';

/** A fresh test database, built by the migrations exactly as production builds its schema. */
export default async function globalSetup(): Promise<void> {
  await recreateDatabase(TEST_DATABASE);
  const ds = new DataSource(buildDataSourceOptions(testConfig()));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
