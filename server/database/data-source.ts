import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { buildDataSourceOptions } from './options';

/** Used by the TypeORM CLI only: `typeorm migration:run -d dist/server/database/data-source.js`. */
export default new DataSource(buildDataSourceOptions(loadConfig()));
