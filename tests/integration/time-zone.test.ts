import type { RowDataPacket } from 'mysql2';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../server/database/options';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { mysqlUrl, testConfig } from '../support/env';
import { connectTest, recreateDatabase } from '../support/mysql';

const DB = 'bp_test_tz';

/** Runs `fn` while new MySQL sessions start in Beijing time, as on many servers in China. */
async function inBeijingTime<T>(fn: () => Promise<T>): Promise<T> {
  const conn = await connectTest();
  try {
    const [[row]] = await conn.query<RowDataPacket[]>('SELECT @@GLOBAL.time_zone AS tz');
    await conn.query("SET GLOBAL time_zone = '+08:00'");
    try {
      return await fn();
    } finally {
      await conn.query('SET GLOBAL time_zone = ?', [String(row.tz)]);
    }
  } finally {
    await conn.end();
  }
}

/**
 * A MySQL server that runs in another time zone: the timestamps the database fills (createdAt,
 * updatedAt, an audit row's time) still mean the right instant, because every session is in UTC.
 */
describe('a database server in another time zone', () => {
  let t: TestApp | undefined;
  let startedAt = 0;

  beforeAll(async () => {
    await recreateDatabase(DB);
    startedAt = Date.now();
    t = await inBeijingTime(() => startApp(testConfig({ DATABASE_URL: mysqlUrl(DB) })));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores when an audit row and a user were created as the instant it happened', async () => {
    const loginAt = Date.now();
    const admin = await new Api((t as TestApp).url).login('admin');
    const now = Date.now();
    // DATETIME(6) keeps microseconds; a second either side covers the clocks' granularity.
    const within = (iso: string, from: number) => {
      const at = Date.parse(iso);
      return at >= from - 1000 && at <= now + 1000;
    };
    const logs = await admin.get<{ action: string; at: string }[]>(
      `/api/audit-logs${listQuery({ sort: ['id', 'DESC'], range: [0, 0] })}`,
    );
    expect(logs.body[0].action).toBe('login');
    expect(within(logs.body[0].at, loginAt)).toBe(true);
    // The demo data was loaded while the app started, in this test.
    const users = await admin.get<{ createdAt: string; updatedAt: string }[]>(
      `/api/users${listQuery({ sort: ['id', 'ASC'], range: [0, 0] })}`,
    );
    expect(within(users.body[0].createdAt, startedAt)).toBe(true);
    expect(within(users.body[0].updatedAt, startedAt)).toBe(true);
  });

  it('puts the sessions of the primary and of the read replicas in UTC', async () => {
    // Connections opened while the server's default is +08:00.
    const zones = await inBeijingTime(async () => {
      const ds = await new DataSource(
        buildDataSourceOptions(
          testConfig({ DATABASE_URL: mysqlUrl(DB), DATABASE_REPLICA_URLS: mysqlUrl(DB) }),
        ),
      ).initialize();
      try {
        const seen: [string, string][] = [];
        for (const mode of ['master', 'slave'] as const) {
          const runner = ds.createQueryRunner(mode);
          try {
            const [row] = (await runner.query('SELECT @@session.time_zone AS tz')) as {
              tz: string;
            }[];
            seen.push([mode, row.tz]);
          } finally {
            await runner.release();
          }
        }
        return seen;
      } finally {
        await ds.destroy();
      }
    });
    expect(zones).toEqual([
      ['master', '+00:00'],
      ['slave', '+00:00'],
    ]);
  });
});
