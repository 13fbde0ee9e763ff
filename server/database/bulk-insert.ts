import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per statement: well under MySQL's packet and SQLite's 32,766 parameters. */
const PER_STATEMENT = 1000;

/**
 * Inserts many rows of an entity in a few multi-row statements. TypeORM's insert builder keeps a
 * named parameter per value and looks each new one up in a fresh copy of all the others (its cost
 * grows with the square of the values: seconds for 10,000 indicator rows), then reads generated
 * columns back; this writes positional parameters and reads nothing back. Values still go through
 * each column's transformer and the driver (decimals, JSON), as with any insert. Every column but
 * generated ones (the id) must be given.
 */
export async function insertRows<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  rows: Partial<E>[],
): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.connection.getMetadata(entity);
  const driver = em.connection.driver;
  const columns = meta.columns.filter((c) => !c.isGenerated);
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += PER_STATEMENT) {
    const chunk = rows.slice(i, i + PER_STATEMENT);
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const c of columns) {
        const value: unknown = c.getEntityValue(row);
        if (value === undefined)
          throw new TypeError(`insertRows: ${meta.tableName}.${c.propertyName} is missing`);
        params.push(driver.preparePersistentValue(value, c));
      }
    }
    await em.query(
      `INSERT INTO ${driver.escape(meta.tableName)} (${names}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      params,
    );
  }
}
