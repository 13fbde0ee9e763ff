import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { withStartupLock } from '../../database/lock';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { User } from '../users/entities/user.entity';
import { hashPassword } from '../users/passwords';
import { DEMO_ORGS, DEMO_PASSWORD, DEMO_USERS } from './demo-orgs';
import { DemoEvaluations } from './demo-evaluations';
import { DemoIndicators } from './demo-indicators';
import { DemoTargets } from './demo-targets';

/**
 * Loads the demo organisations and accounts when DEMO_DATA is on. Idempotent: what exists (by
 * organisation code, by username) is left as it is, so a restart duplicates nothing and never
 * overwrites what users changed.
 */
@Injectable()
export class DemoService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly targets: DemoTargets,
    private readonly indicators: DemoIndicators,
    private readonly evaluations: DemoEvaluations,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    // Several API processes may start together: one loads, the others then find it all there.
    const created = await withStartupLock(this.db, 'bp:demo-data', () => this.load());
    if (created > 0) this.logger.log(`Demo data loaded (${created} records)`);
  }

  async load(): Promise<number> {
    const hash = await hashPassword(DEMO_PASSWORD);
    return this.db.transaction(async (em) => {
      let created = 0;
      const byCode = new Map<string, Org>();
      for (const demo of DEMO_ORGS) {
        let org = await em.findOneBy(Org, { code: demo.code });
        if (!org) {
          const parent = demo.parent ? byCode.get(demo.parent) : undefined;
          const inserted = await em.insert(Org, {
            code: demo.code,
            name: demo.name,
            type: demo.type,
            parentId: parent?.id ?? null,
            path: '/',
          });
          const id = Number(inserted.identifiers[0].id);
          await em.update(Org, { id }, { path: `${parent?.path ?? '/'}${id}/` });
          org = await em.findOneByOrFail(Org, { id });
          await this.record(em, 'orgs', id, org.path, org);
          created += 1;
        }
        byCode.set(demo.code, org);
      }
      for (const demo of DEMO_USERS) {
        if (await em.exists(User, { where: { username: demo.username } })) continue;
        const org = demo.org ? byCode.get(demo.org) : undefined;
        const inserted = await em.insert(User, {
          username: demo.username,
          name: demo.name,
          role: demo.role,
          orgId: org?.id ?? null,
          passwordHash: hash,
        });
        const id = Number(inserted.identifiers[0].id);
        await this.record(em, 'users', id, org?.path ?? null, {
          username: demo.username,
          name: demo.name,
          role: demo.role,
          orgId: org?.id ?? null,
        });
        created += 1;
      }
      created += await this.targets.load(em);
      created += await this.indicators.load(em);
      created += await this.evaluations.load(em);
      return created;
    });
  }

  private record(
    em: EntityManager,
    resource: string,
    id: number,
    orgPath: string | null,
    after: object,
  ): Promise<void> {
    return this.audit.record(em, {
      user: null,
      username: 'system',
      action: 'demo_load',
      resource,
      resourceId: id,
      orgPath,
      after,
    });
  }
}
