import { DataSource } from 'typeorm';

/**
 * Runs `work` while holding a MySQL advisory lock (GET_LOCK), so that several processes
 * starting together (N API servers) do it one after the other. The embedded SQLite mode has one
 * process and needs no lock.
 */
export async function withStartupLock<T>(
  db: DataSource,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  if (db.options.type !== 'mysql' && db.options.type !== 'mariadb') return work();
  const runner = db.createQueryRunner('master');
  await runner.connect();
  try {
    const [row] = (await runner.query('SELECT GET_LOCK(?, 120) AS locked', [name])) as {
      locked: number | string | null;
    }[];
    if (Number(row?.locked) !== 1)
      throw new Error(`could not take the startup lock ${name} within 120 s`);
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await runner.release();
  }
}
