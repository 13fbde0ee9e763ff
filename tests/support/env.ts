import { AppConfig, loadConfig } from '../../server/config/config';

/** Where the integration tests find MariaDB and Redis; overridable for other machines. */
export const MYSQL_BASE = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
export const TEST_DATABASE = 'bp_test';

/**
 * The server-side name of a test database: TEST_DB_SUFFIX lets two test runs share one MariaDB
 * (each with its own TEST_REDIS_URL database) without dropping each other's data.
 */
export function dbName(database: string): string {
  return `${database}${process.env.TEST_DB_SUFFIX ?? ''}`;
}

export function mysqlUrl(database: string): string {
  return `${MYSQL_BASE}/${dbName(database)}`;
}

/** Production-mode configuration against the test database. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    DATABASE_URL: mysqlUrl(TEST_DATABASE),
    REDIS_URL,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    PORT: '0',
    ...overrides,
  });
}
