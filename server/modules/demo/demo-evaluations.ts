import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { EvaluationSheet, SheetIndicator } from '../../../shared/scoring';
import { Evaluation } from '../evaluations/entities/evaluation.entity';
import { EvaluationsService } from '../evaluations/evaluations.service';
import type { EvaluationRow } from '../evaluations/sheet';
import { Org } from '../orgs/entities/org.entity';
import { Project } from '../projects/entities/project.entity';
import { TargetsService } from '../targets/targets.service';
import { EMPTY_BUDGET, UnitTargetsService } from '../targets/unit-targets.service';
import {
  departmentToSheet,
  projectToSheet,
  SEED_002_DEPARTMENT,
  SEED_002_PROJECTS,
} from './data/seed-002';

const YEAR = 2023;
const UNIT = 'XG-SCB-001';
const COMMENT =
  '演示数据：据公开文件 002_b913218f95caaf5a.txt（2023 年度部门决算）录入，按原表批复';

function rowsOf(indicators: SheetIndicator[]): EvaluationRow[] {
  return indicators.map((i) => ({
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    target: i.target,
    actual: i.actual,
    weight: i.weight,
    score: i.score ?? null,
    level: i.level ?? null,
    applicable: i.applicable ?? true,
    reason: i.reason ?? '',
    basis: i.basis ?? '',
  }));
}

/**
 * Seed 002 (洛阳市西工区社区治理和服务创新办公室, 2023 决算): the nine 项目单位自评表 and the 部门整体自评表,
 * with the targets they evaluate reconstructed from the same tables (年度指标值 as targets, 分值 as
 * weights), all approved. The published scores are the unit's scores and the published figures are
 * kept, so that the server's arithmetic is checked against them. The tables publish no project
 * codes; the demo assigns XGSCB2023-01 … in table order.
 */
@Injectable()
export class DemoEvaluations {
  constructor(
    private readonly targets: TargetsService,
    private readonly unitTargets: UnitTargetsService,
    private readonly evaluations: EvaluationsService,
  ) {}

  async load(em: EntityManager): Promise<number> {
    const org = await em.findOneByOrFail(Org, { code: UNIT });
    if (await em.exists(Evaluation, { where: { orgId: org.id, year: YEAR } })) return 0;
    let created = 0;
    for (const [i, p] of SEED_002_PROJECTS.entries()) {
      const sheet = projectToSheet(p, { scores: 'published' });
      const b = p.budget;
      const inserted = await em.insert(Project, {
        year: YEAR,
        code: `XGSCB${YEAR}-${String(i + 1).padStart(2, '0')}`,
        name: p.name,
        orgId: org.id,
        implementer: p.implementer,
        type: 'specific',
        amountTotal: b.total.adjusted,
        amountFiscal: b.government.adjusted,
        amountSpecial: b.special.adjusted,
        amountOther: b.unit.adjusted,
        purpose: p.goal.expected,
        spendPlan: { q1: '', q2: '', q3: '', q4: '' },
      });
      const projectId = Number(inserted.identifiers[0].id);
      const targetId = await this.targets.importApproved(
        em,
        { projectId, year: YEAR, orgId: org.id, goals: [p.goal.expected] },
        this.targetRows(sheet),
        org,
        COMMENT,
      );
      await this.evaluation(em, org, sheet, {
        kind: 'project',
        targetId,
        unitTargetId: null,
        title: p.name,
        goals: [p.goal.expected],
      });
      created += 1;
    }
    const d = SEED_002_DEPARTMENT;
    const sheet = departmentToSheet(d, { scores: 'published' });
    const unitTargetId = await this.unitTargets.importApproved(
      em,
      {
        orgId: org.id,
        year: YEAR,
        goals: [d.goal.expected],
        tasks: d.tasks.map((t) => ({
          name: t.name,
          content: t.content,
          amount: '',
          amountFiscal: '',
        })),
        budget: {
          ...EMPTY_BUDGET,
          total: d.budget.total.adjusted,
          fiscal: d.budget.government.adjusted,
          special: d.budget.special.adjusted,
          other: d.budget.unit.adjusted,
        },
      },
      this.targetRows(sheet),
      org,
      COMMENT,
    );
    await this.evaluation(em, org, sheet, {
      kind: 'department',
      targetId: null,
      unitTargetId,
      title: d.name,
      goals: [d.goal.expected],
    });
    return created + 1;
  }

  private targetRows(sheet: EvaluationSheet) {
    return this.targets.rowsFrom(
      sheet.indicators.map((i) => ({
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        target: i.target,
        weight: i.weight,
      })),
    );
  }

  private evaluation(
    em: EntityManager,
    org: Org,
    sheet: EvaluationSheet,
    doc: Pick<Evaluation, 'kind' | 'targetId' | 'unitTargetId' | 'title' | 'goals'>,
  ): Promise<number> {
    return this.evaluations.importApproved(
      em,
      org,
      {
        ...doc,
        year: YEAR,
        template:
          sheet.template ?? (doc.kind === 'project' ? 'henan-project-2023' : 'dept-overall-2023'),
        summary: sheet.summary ?? '',
        reported: sheet.reported ?? null,
        fundManagement: sheet.fundManagement ?? [],
        budgetInitial: sheet.budget.initial,
        budgetAdjusted: sheet.budget.adjusted,
        budgetExecuted: sheet.budget.executed,
        budgetWeight: sheet.budget.weight,
      },
      rowsOf(sheet.indicators),
      COMMENT,
    );
  }
}
