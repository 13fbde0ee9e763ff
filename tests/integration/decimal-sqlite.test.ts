import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../server/config/config';
import { buildDataSourceOptions } from '../../server/database/options';
import { decimalContract } from '../support/decimal-contract';
import { Ledger } from '../support/entities/ledger.entity';

describe('DECIMAL columns in the embedded SQLite database', () => {
  decimalContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-decimal-'));
    const options = buildDataSourceOptions(loadConfig({ DATA_DIR: dir }));
    const ds = new DataSource({ ...options, entities: [Ledger] });
    return ds.initialize();
  });

  it('stores a scaled integer, not a float', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-decimal-'));
    const options = buildDataSourceOptions(loadConfig({ DATA_DIR: dir }));
    const ds = await new DataSource({ ...options, entities: [Ledger] }).initialize();
    await ds.getRepository(Ledger).insert({ label: 'x', amount: '0.11' });
    const raw = await ds.query(
      "SELECT typeof(amount) AS t, amount FROM test_ledger WHERE label = 'x'",
    );
    expect(raw).toEqual([{ t: 'integer', amount: 110000 }]);
    await ds.destroy();
  });
});
