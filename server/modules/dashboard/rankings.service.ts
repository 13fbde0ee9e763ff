import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Dec, round } from '../../../shared/decimal';
import { GRADES, Grade } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/http/domain-error';
import { ListSpec, parseListQuery, setContentRange } from '../../common/http/list-query';
import { decodeDecimal } from '../../database/decimal';
import type { ProjectRanking, UnitRanking } from '../../../shared/domain/results';
import { COUNTED_SQL, intParam, resolveNode, subtreePattern } from './subtree';

export const RANKING_LEVELS = ['project', 'unit'] as const;
export type RankingLevel = (typeof RANKING_LEVELS)[number];

/** Grade order for sorting: 优 first when descending means best first. */
const GRADE_ORDER = `CASE e.finalGrade WHEN '优' THEN 4 WHEN '良' THEN 3 WHEN '中' THEN 2 ELSE 1 END`;

const FILTERS: ListSpec['filters'] = {
  q: { kind: 'like', columns: [] },
  year: { kind: 'eq', column: '', type: 'int' },
  orgId: { kind: 'eq', column: '', type: 'int' },
  level: { kind: 'eq', column: '', type: 'string' },
  grade: { kind: 'eq', column: '', type: 'string' },
};

const SPECS: Record<RankingLevel, ListSpec> = {
  project: {
    resource: 'rankings',
    idColumn: 'e.id',
    sortable: {
      total: 'e.total',
      finalTotal: 'COALESCE(e.reviewTotal, e.total)',
      reviewTotal: 'e.reviewTotal',
      executionRate: 'e.executionRate',
      grade: GRADE_ORDER,
      title: 'e.title',
      orgName: 'o.name',
      budgetAdjusted: 'e.budgetAdjusted',
      budgetExecuted: 'e.budgetExecuted',
      id: 'e.id',
    },
    defaultSort: ['total', 'DESC'],
    filters: FILTERS,
  },
  unit: {
    resource: 'rankings',
    idColumn: 'e.orgId',
    sortable: {
      average: 'SUM(e.total) * 1.0 / COUNT(*)',
      total: 'SUM(e.total) * 1.0 / COUNT(*)',
      executionRate: 'SUM(e.budgetExecuted) * 1.0 / NULLIF(SUM(e.budgetAdjusted), 0)',
      evaluations: 'COUNT(*)',
      excellent: `SUM(CASE WHEN e.finalGrade = '优' THEN 1 ELSE 0 END)`,
      budgetAdjusted: 'SUM(e.budgetAdjusted)',
      budgetExecuted: 'SUM(e.budgetExecuted)',
      orgName: 'o.name',
      id: 'e.orgId',
    },
    defaultSort: ['average', 'DESC'],
    filters: FILTERS,
  },
};

type Raw = Record<string, unknown>;
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '';

/**
 * 排名: the handed-in project self-evaluations of a subtree and year, or its units with their
 * averages, as the simple-REST list the ranking table (and the export job) reads. Sorting,
 * filtering and paging are SQL.
 */
@Injectable()
export class RankingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    user: AuthUser,
    query: Record<string, unknown>,
    res: Response,
  ): Promise<ProjectRanking[] | UnitRanking[]> {
    // `?year=&orgId=&level=` may come as plain parameters or inside `filter`.
    const raw = query.filter === undefined || query.filter === '' ? '{}' : query.filter;
    let peek: Record<string, unknown> = {};
    try {
      peek = typeof raw === 'string' ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      /* parseListQuery reports it */
    }
    const levelRaw = peek?.level ?? query.level ?? 'project';
    if (!(RANKING_LEVELS as readonly unknown[]).includes(levelRaw)) {
      const message = '排名层级 level 必须是 project（项目）或 unit（单位）';
      throw new DomainError('VALIDATION', message, { level: message });
    }
    const level = levelRaw as RankingLevel;
    const spec = SPECS[level];
    const q = parseListQuery(query, spec);
    const year =
      (q.filter.year as number | undefined) ??
      intParam(query.year, 'year', '年度 year', [2000, 2100]);
    if (year === undefined)
      throw new DomainError('VALIDATION', '请指定年度 year', { year: '请指定年度 year' });
    const orgId =
      (q.filter.orgId as number | undefined) ?? intParam(query.orgId, 'orgId', '组织 orgId');
    const node = await resolveNode(this.db, user, orgId);

    const where = [
      `o.path LIKE ?`,
      `e.year = ?`,
      `e.kind = 'project'`,
      `e.status IN ${COUNTED_SQL}`,
    ];
    const params: unknown[] = [subtreePattern(node), year];
    if (typeof q.filter.q === 'string') {
      const pattern = `%${q.filter.q.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      where.push(
        level === 'project'
          ? `(e.title LIKE ? ESCAPE '!' OR o.name LIKE ? ESCAPE '!')`
          : `(o.code LIKE ? ESCAPE '!' OR o.name LIKE ? ESCAPE '!')`,
      );
      params.push(pattern, pattern);
    }
    if (q.filter.grade !== undefined) {
      const grades = (
        Array.isArray(q.filter.grade) ? q.filter.grade : [q.filter.grade]
      ) as string[];
      if (grades.length === 0 || grades.some((g) => !(GRADES as readonly string[]).includes(g))) {
        const message = '等级 grade 必须是 优、良、中、差 之一';
        throw new DomainError('VALIDATION', message, { 'filter.grade': message });
      }
      where.push(`e.finalGrade IN (${grades.map(() => '?').join(', ')})`);
      params.push(...grades);
    }
    const from = `FROM evaluations e JOIN orgs o ON o.id = e.orgId LEFT JOIN orgs d ON d.id = o.parentId`;
    const [field, order] = q.sort;
    const orderBy = `ORDER BY ${spec.sortable[field]} ${order}, ${spec.idColumn} ASC`;
    const page = `LIMIT ${q.range[1] - q.range[0] + 1} OFFSET ${q.range[0]}`;
    const cond = where.join(' AND ');

    if (level === 'project') {
      const [rows, count] = await Promise.all([
        this.db.query<Raw[]>(
          `SELECT e.id AS id, t.projectId AS projectId, p.code AS projectCode, e.title AS title,
             e.orgId AS orgId, o.name AS orgName, d.name AS departmentName, e.total AS total,
             e.reviewTotal AS reviewTotal, e.grade AS selfGrade, e.finalGrade AS grade,
             e.executionRate AS executionRate, e.budgetAdjusted AS budgetAdjusted,
             e.budgetExecuted AS budgetExecuted, e.status AS status, e.sampled AS sampled
           ${from} LEFT JOIN targets t ON t.id = e.targetId LEFT JOIN projects p ON p.id = t.projectId
           WHERE ${cond} ${orderBy} ${page}`,
          params,
        ),
        this.db.query<Raw[]>(`SELECT COUNT(*) AS n ${from} WHERE ${cond}`, params),
      ]);
      const out: ProjectRanking[] = rows.map((r, i) => {
        const total = decodeDecimal(r.total, 2, true) as string;
        const reviewTotal = decodeDecimal(r.reviewTotal, 2, true);
        return {
          id: Number(r.id),
          rank: q.range[0] + i + 1,
          evaluationId: Number(r.id),
          projectId: r.projectId === null ? null : Number(r.projectId),
          projectCode: r.projectCode === null ? null : str(r.projectCode),
          title: str(r.title),
          orgId: Number(r.orgId),
          orgName: str(r.orgName),
          departmentName: r.departmentName === null ? null : str(r.departmentName),
          total,
          reviewTotal,
          finalTotal: reviewTotal ?? total,
          selfGrade: r.selfGrade as Grade,
          grade: r.grade as Grade,
          executionRate: decodeDecimal(r.executionRate, 2, true),
          budgetAdjusted: decodeDecimal(r.budgetAdjusted, 6) as string,
          budgetExecuted: decodeDecimal(r.budgetExecuted, 6) as string,
          status: str(r.status),
          sampled: Boolean(Number(r.sampled)),
        };
      });
      setContentRange(res, 'rankings', q, out.length, Number(count[0]?.n ?? 0));
      return out;
    }

    const [rows, count] = await Promise.all([
      this.db.query<Raw[]>(
        `SELECT e.orgId AS id, o.code AS orgCode, o.name AS orgName, d.name AS departmentName,
           COUNT(*) AS n, SUM(e.total) AS total, SUM(e.budgetAdjusted) AS adjusted,
           SUM(e.budgetExecuted) AS executed,
           ${GRADES.map((_, i) => `SUM(CASE WHEN e.finalGrade = ? THEN 1 ELSE 0 END) AS g${i}`).join(', ')}
         ${from} WHERE ${cond}
         GROUP BY e.orgId, o.code, o.name, d.name ${orderBy} ${page}`,
        [...GRADES, ...params],
      ),
      this.db.query<Raw[]>(`SELECT COUNT(DISTINCT e.orgId) AS n ${from} WHERE ${cond}`, params),
    ]);
    const out: UnitRanking[] = rows.map((r, i) => {
      const n = Number(r.n);
      const adjusted = new Dec(decodeDecimal(r.adjusted, 6) ?? '0');
      const executed = new Dec(decodeDecimal(r.executed, 6) ?? '0');
      return {
        id: Number(r.id),
        rank: q.range[0] + i + 1,
        orgId: Number(r.id),
        orgCode: str(r.orgCode),
        orgName: str(r.orgName),
        departmentName: r.departmentName === null ? null : str(r.departmentName),
        evaluations: n,
        average: round(new Dec(decodeDecimal(r.total, 2) ?? '0').div(n), 2),
        grades: Object.fromEntries(GRADES.map((g, j) => [g, Number(r[`g${j}`] ?? 0)])) as Record<
          Grade,
          number
        >,
        budgetAdjusted: adjusted.toFixed(),
        budgetExecuted: executed.toFixed(),
        executionRate: adjusted.isZero() ? null : round(executed.div(adjusted).mul(100), 2),
      };
    });
    setContentRange(res, 'rankings', q, out.length, Number(count[0]?.n ?? 0));
    return out;
  }
}
