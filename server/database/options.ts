import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSourceOptions, LoggerOptions } from 'typeorm';
import { AppConfig } from '../config/config';
import { setDecimalStorage } from './decimal';
import { ENTITIES } from './entities';
import { RedactingSqlLogger } from './sql-logger';
import { utcMysql2 } from './utc-sessions';

/**
 * The one place TypeORM options are built, for the Nest app, the migration CLI and the tests.
 *
 * - production (`DATABASE_URL=mysql://…`): MySQL/MariaDB through mysql2, utf8mb4, schema owned by
 *   the reviewed migrations in `migrations/`, run at start;
 * - embedded (no DATABASE_URL): a SQLite file under DATA_DIR through better-sqlite3; the schema is
 *   synchronised from the same entities, which is allowed in this mode only.
 */
export function buildDataSourceOptions(config: AppConfig): DataSourceOptions {
  // verbose logs every statement (parameters redacted: no password hash in the log); else errors.
  const logging: LoggerOptions = config.logLevel === 'verbose' ? 'all' : ['error'];
  const logger = new RedactingSqlLogger(logging);
  if (config.mode === 'production' && config.databaseUrl) {
    setDecimalStorage('native');
    return {
      // mariadb:// selects TypeORM's MariaDB dialect (it reads MariaDB's catalogue correctly, which
      // matters when generating migrations); mysql:// the MySQL one. Both use mysql2.
      type: config.databaseUrl.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      ...(config.databaseReplicaUrls.length
        ? {
            // TypeORM sends writes and transactions to the primary, plain reads to a replica.
            replication: {
              master: { url: config.databaseUrl.replace(/^mariadb:/, 'mysql:') },
              slaves: config.databaseReplicaUrls.map((u) => ({
                url: u.replace(/^mariadb:/, 'mysql:'),
              })),
            },
          }
        : { url: config.databaseUrl.replace(/^mariadb:/, 'mysql:') }),
      // Sessions in UTC, timestamps read as UTC: see utc-sessions.ts.
      driver: utcMysql2,
      connectorPackage: 'mysql2',
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: ENTITIES,
      migrations: [join(__dirname, '..', '..', 'migrations', '*.{js,ts}')],
      migrationsTableName: 'migrations',
      migrationsTransactionMode: 'each',
      synchronize: false,
      // DECIMAL stays a string; BIGINT ids too large for a double would also stay exact.
      supportBigNumbers: true,
      bigNumberStrings: true,
      extra: { connectionLimit: 20, connectTimeout: 5000, decimalNumbers: false },
      logging,
      logger,
    };
  }
  setDecimalStorage('scaled-integer');
  mkdirSync(config.dataDir, { recursive: true });
  return {
    type: 'better-sqlite3',
    database: join(config.dataDir, 'budget.sqlite'),
    entities: ENTITIES,
    synchronize: true,
    enableWAL: true,
    logging,
    logger,
  };
}
