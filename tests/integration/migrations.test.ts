import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../server/database/options';
import { mysqlUrl, testConfig } from '../support/env';
import { recreateDatabase } from '../support/mysql';

const DB = 'bp_test_migrations';

describe('MySQL migrations', () => {
  let ds: DataSource;
  beforeAll(async () => {
    await recreateDatabase(DB);
    // The MariaDB dialect reads the catalogue the way migration:generate does.
    ds = await new DataSource(
      buildDataSourceOptions(
        testConfig({ DATABASE_URL: mysqlUrl(DB).replace(/^mysql:/, 'mariadb:') }),
      ),
    ).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('build exactly the schema of the entities', async () => {
    await ds.runMigrations();
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('create every table in utf8mb4', async () => {
    const rows: { TABLE_NAME: string; TABLE_COLLATION: string }[] = await ds.query(
      'SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.TABLE_COLLATION).toMatch(/^utf8mb4_/);
  });

  it('are reversible: all the way down and up again', async () => {
    const count = ds.migrations.length;
    for (let i = 0; i < count; i += 1) await ds.undoLastMigration();
    const tables: unknown[] = await ds.query(
      "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'migrations'",
    );
    expect(tables).toEqual([]);
    expect((await ds.runMigrations()).length).toBe(count);
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
