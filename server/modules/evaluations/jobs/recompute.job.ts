import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Grade, SheetResult } from '../../../../shared/scoring';
import {
  BatchHandler,
  JobContext,
  JobHandler,
  JobOutcome,
  JobRegistry,
} from '../../../queue/job-handler';
import { AuditEntry, AuditService } from '../../audit/audit.service';
import { sameFindingRows, syncFindingsOf } from '../../dashboard/evaluation-findings';
import { Org } from '../../orgs/entities/org.entity';
import { User } from '../../users/entities/user.entity';
import { Evaluation, EvaluationIndicator } from '../entities/evaluation.entity';
import { EvaluationRow, reviewScore, score } from '../sheet';

export interface RecomputeJobData extends Record<string, unknown> {
  year: number;
  template: string | null;
  userId: number | null;
}

export interface RecomputeBatchData extends Record<string, unknown> {
  ids: number[];
  userId: number | null;
}

export interface RecomputeBatchResult {
  total: number;
  changed: number;
}

/** Evaluations per batch job: the unit of work the worker processes share. */
export const BATCH = 200;
/** Evaluations loaded (three queries) and written (one transaction) together. */
const CHUNK = 50;

/**
 * Equal as JSON: object keys in any order (MySQL's JSON columns do not keep it), members whose
 * value is undefined absent. Compares without serialising: it runs twice per evaluation.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x: unknown, i) => sameJson(x ?? null, (b[i] as unknown) ?? null));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  let other = 0;
  for (const k in y)
    if (Object.prototype.hasOwnProperty.call(y, k) && y[k] !== undefined) other += 1;
  return (
    keys.length === other &&
    keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameJson(x[k], y[k]))
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

/** An evaluation as stored, with what the engine computes for it now. */
interface Rescored {
  ev: Evaluation;
  rows: EvaluationIndicator[];
  orgPath: string | null;
  result: SheetResult;
  review: SheetResult | null;
  finalGrade: Grade;
}

/** The evaluation scored again; null when its stored figures are what the engine computes. */
function rescore(
  ev: Evaluation,
  indicatorRows: EvaluationIndicator[],
  orgPath: string | null,
): Rescored | null {
  const rows = indicatorRows.map(toRow);
  const result = score(ev, rows);
  const review = ev.review ? reviewScore(ev, rows, ev.review.items) : null;
  const finalGrade = review ? review.grade : result.grade;
  const rowsChanged = indicatorRows.some((r, i) => r.finalScore !== finalScore(result, i));
  const same =
    sameJson(result, ev.result) &&
    ev.total === result.total &&
    ev.grade === result.grade &&
    ev.executionRate === result.executionRate &&
    ev.executionScore === result.executionScore &&
    ev.finalGrade === finalGrade &&
    (!review ||
      (ev.review !== null &&
        sameJson(review, ev.review.result) &&
        ev.reviewTotal === review.total &&
        ev.reviewGrade === review.grade)) &&
    !rowsChanged;
  return same ? null : { ev, rows: indicatorRows, orgPath, result, review, finalGrade };
}

/**
 * Re-scores every self-evaluation of a year (of one template, when given) with the scoring engine
 * as it is now — after a scoring template changed. The evaluations are split into batches of
 * BATCH that every worker process takes a share of (one after the other in the embedded mode).
 * An evaluation whose stored figures still match is left alone; a changed one is updated
 * (conditional on its version) with an audit row giving the old and the new total, in the
 * transaction that writes it. So a run that is interrupted and run again, or run twice, changes
 * each evaluation once.
 */
@Injectable()
export class RecomputeJob implements JobHandler<RecomputeJobData>, OnModuleInit {
  readonly name = 'recompute' as const;

  constructor(
    private readonly registry: JobRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async run(ctx: JobContext<RecomputeJobData>): Promise<JobOutcome> {
    const { year, template } = ctx.data;
    const qb = this.db
      .createQueryBuilder(Evaluation, 'e')
      .select('e.id', 'id')
      .where('e.year = :year', { year })
      .orderBy('e.id', 'ASC');
    if (template) qb.andWhere('e.template = :template', { template });
    const ids = (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
    await ctx.progress(0, `${year} 年度共 ${ids.length} 份自评表待重新计算`);
    const inputs: RecomputeBatchData[] = [];
    for (let i = 0; i < ids.length; i += BATCH)
      inputs.push({ ids: ids.slice(i, i + BATCH), userId: ctx.data.userId });
    const results = await ctx.batches<RecomputeBatchData, RecomputeBatchResult>(
      'recompute-batch',
      inputs,
      async (done, partial) => {
        const finished = partial.filter((r): r is RecomputeBatchResult => Boolean(r));
        const count = finished.reduce((n, r) => n + r.total, 0);
        const changed = finished.reduce((n, r) => n + r.changed, 0);
        await ctx.progress(
          (done / inputs.length) * 100,
          `已重新计算 ${count} / ${ids.length} 份，${changed} 份得分变化`,
        );
      },
    );
    const changed = results.reduce((n, r) => n + r.changed, 0);
    return {
      message: `${year} 年度${template ? `（模板 ${template}）` : ''}共 ${ids.length} 份自评表，${changed} 份得分已更新，${ids.length - changed} 份不变`,
      result: { year, template, total: ids.length, changed, unchanged: ids.length - changed },
    };
  }
}

/**
 * One batch of a recompute: the evaluations are loaded CHUNK at a time and the changed ones of a
 * chunk written in one transaction — each update conditional on the version read, with its
 * indicator scores, findings and audit row. One that was edited meanwhile is read again and
 * re-scored on its own.
 */
@Injectable()
export class RecomputeBatchJob
  implements BatchHandler<RecomputeBatchData, RecomputeBatchResult>, OnModuleInit
{
  readonly name = 'recompute-batch' as const;

  constructor(
    private readonly registry: JobRegistry,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.registry.registerBatch(this);
  }

  async run(data: RecomputeBatchData): Promise<RecomputeBatchResult> {
    // Read on the primary: behind a lagging replica the versions read would be stale, and the
    // conditional updates would miss the evaluations they belong to.
    const runner = this.db.createQueryRunner('master');
    try {
      const em = runner.manager;
      const user = data.userId ? await em.findOneBy(User, { id: data.userId }) : null;
      let changed = 0;
      for (let i = 0; i < data.ids.length; i += CHUNK) {
        const chunk = data.ids.slice(i, i + CHUNK);
        const loaded = await this.load(em, chunk);
        const stale = loaded.flatMap(({ ev, rows, orgPath }) => rescore(ev, rows, orgPath) ?? []);
        const written = await this.transaction((tx) => this.write(tx, stale, user));
        changed += written.length;
        for (const r of stale) {
          if (!written.includes(r.ev.id) && (await this.retry(em, r.ev.id, user))) changed += 1;
        }
      }
      return { total: data.ids.length, changed };
    } finally {
      await runner.release();
    }
  }

  private async load(em: EntityManager, ids: number[]) {
    const evaluations = await em.find(Evaluation, { where: { id: In(ids) } });
    const rows = await em.find(EvaluationIndicator, {
      where: { evaluationId: In(ids) },
      order: { evaluationId: 'ASC', ordinal: 'ASC' },
    });
    const orgs = await em.find(Org, {
      where: { id: In([...new Set(evaluations.map((e) => e.orgId))]) },
    });
    const byEvaluation = new Map<number, EvaluationIndicator[]>();
    for (const r of rows) {
      const list = byEvaluation.get(r.evaluationId) ?? [];
      list.push(r);
      byEvaluation.set(r.evaluationId, list);
    }
    const paths = new Map(orgs.map((o) => [o.id, o.path]));
    return evaluations.map((ev) => ({
      ev,
      rows: byEvaluation.get(ev.id) ?? [],
      orgPath: paths.get(ev.orgId) ?? null,
    }));
  }

  /**
   * A chunk's writes. READ COMMITTED on MySQL: the batches that run at the same time touch
   * different evaluations, and without gap locks their finding rows do not block each other.
   */
  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.options.type === 'better-sqlite3'
      ? this.db.transaction(work)
      : this.db.transaction('READ COMMITTED', work);
  }

  /** Writes the re-scored evaluations whose version is still the one read; their ids. */
  private async write(em: EntityManager, list: Rescored[], user: User | null): Promise<number[]> {
    const written: Rescored[] = [];
    for (const r of list) {
      const { ev, result, review, finalGrade } = r;
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
          ...(review && ev.review
            ? {
                review: { ...ev.review, result: review },
                reviewTotal: review.total,
                reviewGrade: review.grade,
              }
            : {}),
        })
        .where('id = :id AND version = :version', { id: ev.id, version: ev.version })
        .execute();
      if (!update.affected) continue;
      for (const [i, row] of r.rows.entries()) {
        const next = finalScore(result, i);
        if (row.finalScore !== next)
          await em.update(EvaluationIndicator, { id: row.id }, { finalScore: next });
      }
      written.push(r);
    }
    // The finding rows follow the stored findings: rewritten only where those changed.
    await syncFindingsOf(
      em,
      written
        .filter((r) => !sameFindingRows(r.result.findings, r.ev.result.findings))
        .map((r) => ({ evaluationId: r.ev.id, findings: r.result.findings })),
    );
    await this.audit.recordAll(
      em,
      written.map(({ ev, result, review, finalGrade, orgPath }): AuditEntry => ({
        user: user ? { id: user.id, username: user.username } : null,
        username: user ? undefined : 'system',
        action: 'recompute',
        resource: 'evaluations',
        resourceId: ev.id,
        orgPath,
        before: {
          total: ev.total,
          grade: ev.grade,
          executionScore: ev.executionScore,
          reviewTotal: ev.reviewTotal,
          finalGrade: ev.finalGrade,
        },
        after: {
          total: result.total,
          grade: result.grade,
          executionScore: result.executionScore,
          reviewTotal: review?.total ?? ev.reviewTotal,
          finalGrade,
        },
      })),
    );
    return written.map((r) => r.ev.id);
  }

  /** An evaluation edited while its chunk was scored: read and re-scored alone, twice at most. */
  private async retry(em: EntityManager, id: number, user: User | null): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const [fresh] = await this.load(em, [id]);
      if (!fresh) return false;
      const r = rescore(fresh.ev, fresh.rows, fresh.orgPath);
      if (!r) return false;
      if ((await this.transaction((em) => this.write(em, [r], user))).length) return true;
    }
    return false;
  }
}
