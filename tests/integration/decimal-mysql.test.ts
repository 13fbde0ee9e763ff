import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../server/database/options';
import { decimalContract } from '../support/decimal-contract';
import { Ledger } from '../support/entities/ledger.entity';
import { mysqlUrl, testConfig } from '../support/env';
import { recreateDatabase } from '../support/mysql';

describe('DECIMAL columns in MySQL', () => {
  decimalContract(async () => {
    await recreateDatabase('bp_test_decimal');
    const options = buildDataSourceOptions(
      testConfig({ DATABASE_URL: mysqlUrl('bp_test_decimal') }),
    );
    return new DataSource({ ...options, entities: [Ledger], synchronize: true }).initialize();
  });
});
