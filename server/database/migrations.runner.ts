import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { withStartupLock } from './lock';

/**
 * Applies the pending migrations when an API process starts (production mode), inside an
 * advisory lock: with several API processes starting at once, one migrates and the others find
 * nothing left to do. Worker processes leave it to the API servers.
 */
@Injectable()
export class MigrationsRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.mode !== 'production' || this.config.role === 'worker') return;
    const applied = await withStartupLock(this.db, 'bp:migrations', () =>
      this.db.runMigrations({ transaction: 'each' }),
    );
    if (applied.length) this.logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
  }
}
