import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { SheetResult } from '../../../../shared/scoring';
import { JobContext, JobHandler, JobOutcome, JobRegistry } from '../../../queue/job-handler';
import { AuditService } from '../../audit/audit.service';
import { syncEvaluationFindings } from '../../dashboard/evaluation-findings';
import { Org } from '../../orgs/entities/org.entity';
import { User } from '../../users/entities/user.entity';
import { Evaluation, EvaluationIndicator } from '../entities/evaluation.entity';
import { EvaluationRow, reviewScore, score } from '../sheet';

export interface RecomputeJobData extends Record<string, unknown> {
  year: number;
  template: string | null;
  userId: number | null;
}

/** Evaluations re-scored per batch (two queries load a batch). */
const BATCH = 50;

/** JSON with object keys sorted: MySQL's JSON columns do not keep the key order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

function toRow(r: EvaluationIndicator): EvaluationRow {
  return {
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    target: r.target,
    actual: r.actual,
    weight: r.weight,
    score: r.score,
    level: r.level,
    applicable: r.applicable,
    reason: r.reason,
    basis: r.basis,
  };
}

const finalScore = (result: SheetResult, i: number) =>
  result.indicators[i]?.applicable ? result.indicators[i].score : null;

/**
 * Re-scores every self-evaluation of a year (of one template, when given) with the scoring engine
 * as it is now — after a scoring template changed. An evaluation whose stored figures still match
 * is left alone; a changed one is updated (conditional on its version) with an audit row giving
 * the old and the new total, in one transaction. So a run that is interrupted and run again, or
 * run twice, changes each evaluation once.
 */
@Injectable()
export class RecomputeJob implements JobHandler<RecomputeJobData>, OnModuleInit {
  readonly name = 'recompute' as const;

  constructor(
    private readonly registry: JobRegistry,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async run(ctx: JobContext<RecomputeJobData>): Promise<JobOutcome> {
    const { year, template } = ctx.data;
    const user = ctx.data.userId
      ? await this.db.manager.findOneBy(User, { id: ctx.data.userId })
      : null;
    const qb = this.db
      .createQueryBuilder(Evaluation, 'e')
      .select('e.id', 'id')
      .where('e.year = :year', { year })
      .orderBy('e.id', 'ASC');
    if (template) qb.andWhere('e.template = :template', { template });
    const ids = (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
    let changed = 0;
    await ctx.progress(0, `${year} 年度共 ${ids.length} 份自评表待重新计算`);
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const evaluations = await this.db.manager.find(Evaluation, { where: { id: In(batch) } });
      const rows = await this.db.manager.find(EvaluationIndicator, {
        where: { evaluationId: In(batch) },
        order: { evaluationId: 'ASC', ordinal: 'ASC' },
      });
      const orgs = await this.db.manager.find(Org, {
        where: { id: In([...new Set(evaluations.map((e) => e.orgId))]) },
      });
      for (const ev of evaluations) {
        const own = rows.filter((r) => r.evaluationId === ev.id);
        const path = orgs.find((o) => o.id === ev.orgId)?.path ?? null;
        if (await this.rescore(ev, own, path, user)) changed += 1;
      }
      const done = Math.min(i + BATCH, ids.length);
      await ctx.progress(
        (done / ids.length) * 100,
        `已重新计算 ${done} / ${ids.length} 份，${changed} 份得分变化`,
      );
    }
    return {
      message: `${year} 年度${template ? `（模板 ${template}）` : ''}共 ${ids.length} 份自评表，${changed} 份得分已更新，${ids.length - changed} 份不变`,
      result: { year, template, total: ids.length, changed, unchanged: ids.length - changed },
    };
  }

  /** Re-scores one evaluation; true when it changed. Retries on a concurrent edit. */
  private async rescore(
    ev: Evaluation,
    indicatorRows: EvaluationIndicator[],
    orgPath: string | null,
    user: User | null,
  ): Promise<boolean> {
    let current = ev;
    let currentRows = indicatorRows;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const rows = currentRows.map(toRow);
      const result = score(current, rows);
      const review = current.review ? reviewScore(current, rows, current.review.items) : null;
      const finalGrade = review ? review.grade : result.grade;
      const rowsChanged = currentRows.some((r, i) => r.finalScore !== finalScore(result, i));
      const same =
        stable(result) === stable(current.result) &&
        current.total === result.total &&
        current.grade === result.grade &&
        current.executionRate === result.executionRate &&
        current.executionScore === result.executionScore &&
        current.finalGrade === finalGrade &&
        (!review ||
          (current.review !== null &&
            stable(review) === stable(current.review.result) &&
            current.reviewTotal === review.total &&
            current.reviewGrade === review.grade)) &&
        !rowsChanged;
      if (same) return false;
      const applied = await this.db.transaction(async (em) => {
        const update = await em
          .createQueryBuilder()
          .update(Evaluation)
          .set({
            result,
            total: result.total,
            grade: result.grade,
            executionRate: result.executionRate,
            executionScore: result.executionScore,
            finalGrade,
            ...(review && current.review
              ? {
                  review: { ...current.review, result: review },
                  reviewTotal: review.total,
                  reviewGrade: review.grade,
                }
              : {}),
          })
          .where('id = :id AND version = :version', { id: current.id, version: current.version })
          .execute();
        if (!update.affected) return false;
        for (const [i, r] of currentRows.entries()) {
          const next = finalScore(result, i);
          if (r.finalScore !== next)
            await em.update(EvaluationIndicator, { id: r.id }, { finalScore: next });
        }
        await syncEvaluationFindings(em, current.id, result.findings);
        await this.audit.record(em, {
          user: user ? { id: user.id, username: user.username } : null,
          username: user ? undefined : 'system',
          action: 'recompute',
          resource: 'evaluations',
          resourceId: current.id,
          orgPath,
          before: {
            total: current.total,
            grade: current.grade,
            executionScore: current.executionScore,
            reviewTotal: current.reviewTotal,
            finalGrade: current.finalGrade,
          },
          after: {
            total: result.total,
            grade: result.grade,
            executionScore: result.executionScore,
            reviewTotal: review?.total ?? current.reviewTotal,
            finalGrade,
          },
        });
        return true;
      });
      if (applied) return true;
      // Edited meanwhile: read it again and re-score what is there now.
      const fresh = await this.db.manager.findOneBy(Evaluation, { id: ev.id });
      if (!fresh) return false;
      current = fresh;
      currentRows = await this.db.manager.find(EvaluationIndicator, {
        where: { evaluationId: ev.id },
        order: { ordinal: 'ASC' },
      });
    }
    return false;
  }
}
