import mysql from 'mysql2/promise';
import { dbName, MYSQL_BASE } from './env';

/** A connection to the test server, or to test database `database` (its dbName). */
export function connectTest(database?: string): Promise<mysql.Connection> {
  const url = new URL(MYSQL_BASE);
  return mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database: database === undefined ? undefined : dbName(database),
    // DECIMAL values as the exact strings MySQL sends.
    decimalNumbers: false,
  });
}

/** Drops and creates an empty utf8mb4 database on the test server. */
export async function recreateDatabase(database: string): Promise<void> {
  const name = dbName(database);
  const conn = await connectTest();
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await conn.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await conn.end();
  }
}
