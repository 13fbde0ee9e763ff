import { execFileSync } from 'node:child_process';
import mysql from 'mysql2/promise';
import { startApp } from '../support/app';
import { dbName, MYSQL_BASE, TEST_DATABASE } from '../support/env';
import { connectTest, recreateDatabase } from '../support/mysql';

const RESTORED = 'bp_test_restored';

async function snapshot(database: string): Promise<Record<string, unknown>> {
  const conn = await connectTest(database);
  try {
    const q = async (sql: string) => (await conn.query<mysql.RowDataPacket[]>(sql))[0];
    return {
      migrations: await q('SELECT name FROM migrations ORDER BY id'),
      evaluations: await q(
        'SELECT id, title, total, grade, finalGrade, executionRate, budgetAdjusted, budgetExecuted, result FROM evaluations ORDER BY id',
      ),
      evaluationRows: await q(
        'SELECT evaluationId, ordinal, name, target, actual, weight, score, finalScore FROM evaluation_indicators ORDER BY id',
      ),
      targets: await q(
        'SELECT id, projectId, status, revision, goals, findings FROM targets ORDER BY id',
      ),
      projects: await q('SELECT id, code, name, amountTotal, spendPlan FROM projects ORDER BY id'),
      workflow: await q(
        'SELECT resource, docId, action, toStatus, comment FROM workflow_events ORDER BY id',
      ),
      audit: await q(
        'SELECT id, action, resource, resourceId, `before`, `after` FROM audit_logs ORDER BY id',
      ),
      users: await q('SELECT username, passwordHash, role FROM users ORDER BY id'),
    };
  } finally {
    await conn.end();
  }
}

/** The procedure of docs/operations.md: mysqldump → a fresh database → identical data. */
describe('backup and restore', () => {
  it('restores every document, score and audit row from a mysqldump', async () => {
    const app = await startApp(); // makes sure the demo data is loaded
    await app.close();
    const url = new URL(MYSQL_BASE);
    const args = ['-h', url.hostname, '-P', url.port || '3306', '-u', url.username || 'root'];
    const dump = execFileSync(
      'mysqldump',
      [
        ...args,
        '--single-transaction',
        '--routines',
        '--triggers',
        '--hex-blob',
        '--default-character-set=utf8mb4',
        dbName(TEST_DATABASE),
      ],
      { maxBuffer: 512 * 1024 * 1024 },
    );
    expect(dump.length).toBeGreaterThan(10_000);
    await recreateDatabase(RESTORED);
    execFileSync('mysql', [...args, '--default-character-set=utf8mb4', dbName(RESTORED)], {
      input: dump,
      maxBuffer: 512 * 1024 * 1024,
    });
    const [before, after] = await Promise.all([snapshot(TEST_DATABASE), snapshot(RESTORED)]);
    expect((before.evaluations as unknown[]).length).toBeGreaterThanOrEqual(10);
    expect(after).toEqual(before);
  });
});
