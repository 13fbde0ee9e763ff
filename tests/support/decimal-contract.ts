import { DataSource } from 'typeorm';
import { decodeDecimal, encodeDecimal } from '../../server/database/decimal';
import { Ledger } from './entities/ledger.entity';

/** The same assertions for every storage: values come back as written, sums and order are exact. */
export function decimalContract(open: () => Promise<DataSource>): void {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await open();
    await ds.getRepository(Ledger).clear();
    await ds.getRepository(Ledger).insert([
      { label: 'a', amount: '0.1' },
      { label: 'b', amount: '0.2' },
      { label: 'c', amount: '23.7173' },
      { label: 'd', amount: '999999999.999999' },
      { label: 'e', amount: '1.640000' },
    ]);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('reads every amount back exactly, as a canonical decimal string', async () => {
    const rows = await ds.getRepository(Ledger).find({ order: { label: 'ASC' } });
    expect(rows.map((r) => r.amount)).toEqual([
      '0.1',
      '0.2',
      '23.7173',
      '999999999.999999',
      '1.64',
    ]);
  });

  it('sums in SQL without binary rounding (0.1 + 0.2 = 0.3)', async () => {
    const raw = await ds
      .createQueryBuilder(Ledger, 'l')
      .select('SUM(l.amount)', 's')
      .where("l.label IN ('a','b','c')")
      .getRawOne<{ s: unknown }>();
    expect(decodeDecimal(raw?.s, 6)).toBe('24.0173');
  });

  it('orders and compares numerically', async () => {
    const rows = await ds
      .createQueryBuilder(Ledger, 'l')
      .where('l.amount > :min', { min: encodeDecimal('1.5', 6) })
      .orderBy('l.amount', 'DESC')
      .getMany();
    expect(rows.map((r) => r.label)).toEqual(['d', 'c', 'e']);
  });
}
