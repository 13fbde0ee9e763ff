import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Org } from '../orgs/entities/org.entity';
import { Project } from '../projects/entities/project.entity';
import { UnitTarget } from '../targets/entities/target.entity';
import { TargetsService } from '../targets/targets.service';
import { EMPTY_BUDGET, UnitTargetsService } from '../targets/unit-targets.service';
import { SEED_001 } from './data/seed-001';
import { SEED_003 } from './data/seed-003';
import { SEED_004 } from './data/seed-004';
import type { SeedDocument, SeedIndicator, SeedProject, SeedUnitTarget } from './data/seed-types';

/** Which demo unit each seed document's tables belong to (seed 003 publishes no unit code). */
const SEEDS: { seed: SeedDocument; unit: string; file: string }[] = [
  { seed: SEED_001, unit: '313001', file: '001_2c1185df0258d2c4.txt' },
  { seed: SEED_003, unit: '555-0101', file: '003_b9b1c81c3101a224.txt' },
  { seed: SEED_004, unit: '151001', file: '004_97ef04ed69913756.txt' },
];

const amount = (value: string | undefined): string =>
  value === undefined || value === '' ? '0' : value;

/**
 * Loads the published target tables of seeds 001, 003 and 004 as approved documents: the
 * projects with their amounts and spending plans, their 项目绩效目标表 and the units'
 * 整体绩效目标表, with values exactly as published. The review checks run on them like on any
 * table, so the published mistakes show up as findings.
 */
@Injectable()
export class DemoTargets {
  constructor(
    private readonly targets: TargetsService,
    private readonly unitTargets: UnitTargetsService,
  ) {}

  async load(em: EntityManager): Promise<number> {
    let created = 0;
    for (const { seed, unit, file } of SEEDS) {
      const org = await em.findOneByOrFail(Org, { code: unit });
      const comment = `演示数据：据公开文件 ${file} 录入，按原表批复`;
      for (const p of seed.projects) created += await this.project(em, p, org, comment);
      for (const u of seed.unitTargets) created += await this.unitTarget(em, u, org, comment);
    }
    return created;
  }

  private rows(indicators: SeedIndicator[]) {
    return this.targets.rowsFrom(
      indicators.map((i) => ({
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        target: i.target,
        basis: i.basis,
        description: i.description,
        method: i.method,
      })),
    );
  }

  private async project(
    em: EntityManager,
    p: SeedProject,
    org: Org,
    comment: string,
  ): Promise<number> {
    if (await em.exists(Project, { where: { year: p.year, code: p.code } })) return 0;
    const inserted = await em.insert(Project, {
      year: p.year,
      code: p.code,
      name: p.name,
      orgId: org.id,
      implementer: p.implementer ?? org.name,
      type: p.type ?? 'specific',
      amountTotal: amount(p.amountTotal),
      amountFiscal: amount(p.amountFiscal),
      amountSpecial: amount(p.amountSpecial),
      amountOther: amount(p.amountOther),
      purpose: p.purpose ?? '',
      spendPlan: p.spendPlan ?? { q1: '', q2: '', q3: '', q4: '' },
    });
    const projectId = Number(inserted.identifiers[0].id);
    await this.targets.importApproved(
      em,
      { projectId, year: p.year, orgId: org.id, goals: p.goals },
      this.rows(p.indicators),
      org,
      comment,
    );
    return 1;
  }

  private async unitTarget(
    em: EntityManager,
    u: SeedUnitTarget,
    org: Org,
    comment: string,
  ): Promise<number> {
    if (await em.exists(UnitTarget, { where: { orgId: org.id, year: u.year } })) return 0;
    const b = u.budget;
    await this.unitTargets.importApproved(
      em,
      {
        orgId: org.id,
        year: u.year,
        goals: u.goals,
        tasks: u.tasks.map((t) => ({
          name: t.name,
          content: t.content,
          amount: t.amount ?? '',
          amountFiscal: t.amountFiscal ?? '',
        })),
        budget: {
          ...EMPTY_BUDGET,
          total: b.total,
          fiscal: b.fiscal ?? '',
          special: b.special ?? '',
          other: b.other ?? '',
          basic: b.basic,
          project: b.project,
        },
      },
      this.rows(u.indicators),
      org,
      comment,
    );
    return 1;
  }
}
