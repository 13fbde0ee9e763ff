import mysql from 'mysql2/promise';
import { dbName, MYSQL_BASE } from './env';

/** Drops and creates an empty utf8mb4 database on the test server. */
export async function recreateDatabase(database: string): Promise<void> {
  const name = dbName(database);
  const url = new URL(MYSQL_BASE);
  const conn = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
  });
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await conn.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await conn.end();
  }
}
