import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Dec, round } from '../../../shared/decimal';
import { DOC_STATUSES, DocStatus, OrgType } from '../../../shared/domain/enums';
import { RECTIFICATION_STATUSES, SCORE_BINS } from '../../../shared/domain/results';
import type { Light } from '../../../shared/monitoring';
import { GRADES, Grade } from '../../../shared/scoring';
import type { AuthUser } from '../../common/auth/auth-user';
import { decodeDecimal } from '../../database/decimal';
import {
  childKeySql,
  COUNTED_SQL,
  COUNTED_STATUSES,
  decimalParam,
  nodeWithChildren,
  OrgNode,
  ROOT,
} from './subtree';

export type StatusCounts = Record<DocStatus, number> & { total: number };
export type LightCounts = Record<Exclude<Light, 'none'>, number> & { none: number };

/** The headline figures of a subtree and a year (also per child and for the year before). */
export interface Figures {
  /** 项目库: projects of the year */
  projects: number;
  /** project self-evaluations handed in (submitted, dept_approved, approved) */
  evaluations: number;
  /** by final grade (the 复核 grade where there is one) */
  grades: Record<Grade, number>;
  /** 全年预算数 / 全年执行数 summed exactly (万元); rate = executed / adjusted × 100, 2 decimals */
  budget: { adjusted: string; executed: string; rate: string | null };
  /** mean self-evaluation total, 2 decimals; null without evaluations */
  average: string | null;
  /** self-evaluation totals in 10-point bins */
  distribution: {
    key: string;
    label: string;
    min: string | null;
    max: string | null;
    count: number;
  }[];
  /** overall light of the latest handed-in monitoring report of each project target */
  lights: LightCounts;
}

export interface ChildFigures extends Figures {
  org: OrgRef;
  documents: Documents;
  rectifications: RectificationCounts;
}

export interface OrgRef {
  id: number | null;
  code: string | null;
  name: string;
  type: OrgType | null;
}

export interface Documents {
  targets: StatusCounts;
  monitoring: StatusCounts;
  evaluations: StatusCounts;
}

export type RectificationCounts = {
  open: number;
  answered: number;
  closed: number;
  overdue: number;
};

export interface LaggingProject {
  reportId: number;
  targetId: number | null;
  projectId: number | null;
  title: string;
  orgId: number;
  orgName: string;
  month: number;
  light: 'red' | 'yellow';
  budget: string;
  executed: string;
  /** executed / budget × 100, 2 decimals */
  executionRate: string | null;
}

export interface DashboardView extends Figures {
  year: number;
  org: OrgRef;
  documents: Documents;
  lagging: LaggingProject[];
  findings: { code: string; count: number; documents: number; errors: number; warnings: number }[];
  rectifications: RectificationCounts;
  children: ChildFigures[];
  previousYear: Figures & { year: number };
}

const LAGGING_LIMIT = 50;
const FINDINGS_LIMIT = 10;

type Raw = Record<string, unknown>;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

function emptyStatus(): StatusCounts {
  return {
    ...(Object.fromEntries(DOC_STATUSES.map((s) => [s, 0])) as Record<DocStatus, number>),
    total: 0,
  };
}

/** Partial sums of one group of the evaluation aggregate; a subtree's figures add its groups. */
interface EvalPart {
  n: number;
  adjusted: Dec;
  executed: Dec;
  total: Dec;
  grades: number[];
  bins: number[];
}

function emptyPart(): EvalPart {
  return {
    n: 0,
    adjusted: new Dec(0),
    executed: new Dec(0),
    total: new Dec(0),
    grades: GRADES.map(() => 0),
    bins: SCORE_BINS.map(() => 0),
  };
}

function addPart(into: EvalPart, row: Raw): void {
  into.n += num(row.n);
  into.adjusted = into.adjusted.plus(decodeDecimal(row.adjusted, 6) ?? '0');
  into.executed = into.executed.plus(decodeDecimal(row.executed, 6) ?? '0');
  into.total = into.total.plus(decodeDecimal(row.total, 2) ?? '0');
  GRADES.forEach((_, i) => (into.grades[i] += num(row[`g${i}`])));
  SCORE_BINS.forEach((_, i) => (into.bins[i] += num(row[`b${i}`])));
}

function rate(executed: Dec, adjusted: Dec): string | null {
  return adjusted.isZero() ? null : round(executed.div(adjusted).mul(100), 2);
}

/** Accumulates one subtree (the node, or one child) for both years. */
class Bucket {
  projects = new Map<number, number>();
  evals = new Map<number, EvalPart>();
  lights = new Map<number, LightCounts>();
  documents: Documents = {
    targets: emptyStatus(),
    monitoring: emptyStatus(),
    evaluations: emptyStatus(),
  };
  rectifications: RectificationCounts = { open: 0, answered: 0, closed: 0, overdue: 0 };

  part(year: number): EvalPart {
    let p = this.evals.get(year);
    if (!p) this.evals.set(year, (p = emptyPart()));
    return p;
  }

  lightsOf(year: number): LightCounts {
    let l = this.lights.get(year);
    if (!l) this.lights.set(year, (l = { red: 0, yellow: 0, blue: 0, green: 0, none: 0 }));
    return l;
  }

  figures(year: number): Figures {
    const p = this.evals.get(year) ?? emptyPart();
    return {
      projects: this.projects.get(year) ?? 0,
      evaluations: p.n,
      grades: Object.fromEntries(GRADES.map((g, i) => [g, p.grades[i]])) as Record<Grade, number>,
      budget: {
        adjusted: p.adjusted.toFixed(),
        executed: p.executed.toFixed(),
        rate: rate(p.executed, p.adjusted),
      },
      average: p.n === 0 ? null : round(p.total.div(p.n), 2),
      distribution: SCORE_BINS.map((b, i) => ({ ...b, count: p.bins[i] })),
      lights: { ...this.lightsOf(year) },
    };
  }
}

/** The latest handed-in monitoring report of its target (no later one exists). */
const LATEST = `NOT EXISTS (SELECT 1 FROM monitoring_reports l
  WHERE l.targetId = m.targetId AND l.month > m.month AND l.status IN ${COUNTED_SQL})`;

/** Columns of the grouped statement; each part fills the ones it has and leaves NULL in the rest. */
const SLOTS = [
  'child',
  'year',
  'kind',
  'status',
  'light',
  'n',
  'overdue',
  'adjusted',
  'executed',
  'total',
  ...GRADES.map((_, i) => `g${i}`),
  ...SCORE_BINS.map((_, i) => `b${i}`),
];

interface Part {
  tag: string;
  select: Record<string, string>;
  /** FROM … WHERE … GROUP BY …, with `?` for the params */
  rest: string;
  params: unknown[];
}

/**
 * Every grouped figure of the dashboard as ONE statement (UNION ALL of one aggregate per table):
 * one round trip, and one consistent snapshot, so that the counts agree with each other.
 */
function groupedSql(key: string, like: string, year: number, today: string) {
  const years = [year, year - 1];
  const bins = SCORE_BINS.map((b) =>
    [b.min === null ? null : 'e.total >= ?', b.max === null ? null : 'e.total < ?']
      .filter(Boolean)
      .join(' AND '),
  );
  const binParams = SCORE_BINS.flatMap((b) =>
    [b.min, b.max].flatMap((v) => (v === null ? [] : [decimalParam(v, 2)])),
  );
  const parts: Part[] = [
    {
      tag: 'projects',
      select: { child: key, year: 'p.year', n: 'COUNT(*)' },
      rest: `FROM projects p JOIN orgs o ON o.id = p.orgId
        WHERE o.path LIKE ? AND p.year IN (?, ?) GROUP BY child, p.year`,
      params: [like, ...years],
    },
    {
      tag: 'targets',
      select: { child: key, status: 't.status', n: 'COUNT(*)' },
      rest: `FROM targets t JOIN orgs o ON o.id = t.orgId
        WHERE o.path LIKE ? AND t.year = ? GROUP BY child, t.status`,
      params: [like, year],
    },
    {
      tag: 'monitoring',
      select: { child: key, status: 'm.status', n: 'COUNT(*)' },
      rest: `FROM monitoring_reports m JOIN orgs o ON o.id = m.orgId
        WHERE o.path LIKE ? AND m.year = ? GROUP BY child, m.status`,
      params: [like, year],
    },
    {
      tag: 'evaluations',
      select: {
        child: key,
        year: 'e.year',
        kind: 'e.kind',
        status: 'e.status',
        n: 'COUNT(*)',
        adjusted: 'SUM(e.budgetAdjusted)',
        executed: 'SUM(e.budgetExecuted)',
        total: 'SUM(e.total)',
        ...Object.fromEntries(
          GRADES.map((_, i) => [`g${i}`, 'SUM(CASE WHEN e.finalGrade = ? THEN 1 ELSE 0 END)']),
        ),
        ...Object.fromEntries(
          bins.map((c, i) => [`b${i}`, `SUM(CASE WHEN ${c} THEN 1 ELSE 0 END)`]),
        ),
      },
      rest: `FROM evaluations e JOIN orgs o ON o.id = e.orgId
        WHERE o.path LIKE ? AND e.year IN (?, ?) GROUP BY child, e.year, e.kind, e.status`,
      params: [...GRADES, ...binParams, like, ...years],
    },
    {
      tag: 'lights',
      select: { child: key, year: 'm.year', light: 'm.overallLight', n: 'COUNT(*)' },
      rest: `FROM monitoring_reports m JOIN orgs o ON o.id = m.orgId
        WHERE o.path LIKE ? AND m.year IN (?, ?) AND m.kind = 'project'
          AND m.status IN ${COUNTED_SQL} AND ${LATEST}
        GROUP BY child, m.year, m.overallLight`,
      params: [like, ...years],
    },
    {
      tag: 'rectifications',
      select: {
        child: key,
        status: 'r.status',
        n: 'COUNT(*)',
        overdue: `SUM(CASE WHEN r.status <> 'closed' AND r.deadline < ? THEN 1 ELSE 0 END)`,
      },
      rest: `FROM rectifications r JOIN orgs o ON o.id = r.orgId
        WHERE o.path LIKE ? AND r.year = ? GROUP BY child, r.status`,
      params: [today, like, year],
    },
  ];
  return {
    sql: parts
      .map(
        (p) =>
          `SELECT '${p.tag}' AS tag, ${SLOTS.map((s) => `${p.select[s] ?? 'NULL'} AS ${s}`).join(', ')} ${p.rest}`,
      )
      .join('\nUNION ALL\n'),
    params: parts.flatMap((p) => p.params),
  };
}

/**
 * 绩效看板: the figures of an organisation subtree for a year. Every figure is an SQL aggregate over
 * the subtree (`orgs.path LIKE '/1/4/%'`, index range on orgs.path, then covering indexes per
 * table), grouped by the child organisation it falls under, so that one statement gives the node
 * and its children; the node's figures are the exact sum of its groups (decimals added with
 * decimal.js, never floats). The grouped statement, the lagging list and the finding codes run
 * concurrently. No row of a document is loaded into Node.
 */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async dashboard(user: AuthUser, year: number, orgId?: number): Promise<DashboardView> {
    // The caller's own node: its path is known from the login, so the node and its children are
    // read concurrently with the aggregates; another node is looked up (and scope-checked) first.
    const own = orgId === undefined || orgId === user.orgId;
    const located = own ? null : await nodeWithChildren(this.db, user, orgId);
    const path = located?.node.path ?? user.orgPath ?? ROOT.path;
    const key = childKeySql(path);
    const like = `${path}%`;
    const today = new Date().toISOString().slice(0, 10);
    const grouped = groupedSql(key, like, year, today);
    const [tree, rows, lagging, findings] = await Promise.all([
      located ?? nodeWithChildren(this.db, user, undefined),
      this.db.query<Raw[]>(grouped.sql, grouped.params),
      this.db.query<Raw[]>(
        `SELECT m.id AS reportId, m.targetId AS targetId, t.projectId AS projectId,
           m.title AS title, m.orgId AS orgId, o.name AS orgName, m.month AS month,
           m.overallLight AS light, m.budget AS budget, m.executed AS executed
         FROM monitoring_reports m JOIN orgs o ON o.id = m.orgId
           LEFT JOIN targets t ON t.id = m.targetId
         WHERE o.path LIKE ? AND m.year = ? AND m.kind = 'project'
           AND m.status IN ${COUNTED_SQL} AND m.overallLight IN ('red', 'yellow') AND ${LATEST}
         ORDER BY CASE WHEN m.overallLight = 'red' THEN 0 ELSE 1 END, m.title, m.id
         LIMIT ${LAGGING_LIMIT}`,
        [like, year],
      ),
      this.db.query<Raw[]>(
        `SELECT f.code AS code, COUNT(*) AS n, COUNT(DISTINCT f.evaluationId) AS docs,
           SUM(CASE WHEN f.severity = 'error' THEN 1 ELSE 0 END) AS errors,
           SUM(CASE WHEN f.severity = 'warning' THEN 1 ELSE 0 END) AS warnings
         FROM evaluation_findings f JOIN evaluations e ON e.id = f.evaluationId
           JOIN orgs o ON o.id = e.orgId
         WHERE o.path LIKE ? AND e.year = ? AND e.status IN ${COUNTED_SQL}
         GROUP BY f.code
         ORDER BY n DESC, f.code
         LIMIT ${FINDINGS_LIMIT}`,
        [like, year],
      ),
    ]);
    const part = (tag: string) => rows.filter((r) => r.tag === tag);
    const projects = part('projects');
    const targets = part('targets');
    const monitoring = part('monitoring');
    const evaluations = part('evaluations');
    const lights = part('lights');
    const rect = part('rectifications');
    const { node, children } = tree;
    const whole = new Bucket();
    const byChild = new Map<string, Bucket>(children.map((c) => [String(c.id), new Bucket()]));
    /** The node's bucket and, when the row falls under a child, the child's. */
    const buckets = (row: Raw): Bucket[] => {
      const child = byChild.get(String(row.child));
      return child ? [whole, child] : [whole];
    };
    for (const row of projects)
      for (const b of buckets(row))
        b.projects.set(num(row.year), (b.projects.get(num(row.year)) ?? 0) + num(row.n));
    const countStatus = (pick: (b: Bucket) => StatusCounts, row: Raw) => {
      for (const b of buckets(row)) {
        const counts = pick(b);
        const status = row.status as DocStatus;
        if (status in counts) counts[status] += num(row.n);
        counts.total += num(row.n);
      }
    };
    for (const row of targets) countStatus((b) => b.documents.targets, row);
    for (const row of monitoring) countStatus((b) => b.documents.monitoring, row);
    for (const row of evaluations) {
      if (num(row.year) === year) countStatus((b) => b.documents.evaluations, row);
      if (row.kind !== 'project' || !(COUNTED_STATUSES as readonly unknown[]).includes(row.status))
        continue;
      for (const b of buckets(row)) addPart(b.part(num(row.year)), row);
    }
    for (const row of lights)
      for (const b of buckets(row)) {
        const l = b.lightsOf(num(row.year));
        const light = String(row.light) as Light;
        if (light in l) l[light] += num(row.n);
      }
    for (const row of rect)
      for (const b of buckets(row)) {
        const status = String(row.status);
        if ((RECTIFICATION_STATUSES as readonly string[]).includes(status))
          b.rectifications[status as 'open'] += num(row.n);
        b.rectifications.overdue += num(row.overdue);
      }

    const ref = (o: OrgNode): OrgRef => ({ id: o.id, code: o.code, name: o.name, type: o.type });
    return {
      year,
      org: ref(node),
      ...whole.figures(year),
      documents: whole.documents,
      lagging: lagging.map((r) => {
        const budget = decodeDecimal(r.budget, 6) ?? '0';
        const executed = decodeDecimal(r.executed, 6) ?? '0';
        return {
          reportId: num(r.reportId),
          targetId: r.targetId === null ? null : num(r.targetId),
          projectId: r.projectId === null || r.projectId === undefined ? null : num(r.projectId),
          title: String(r.title),
          orgId: num(r.orgId),
          orgName: String(r.orgName),
          month: num(r.month),
          light: r.light as 'red' | 'yellow',
          budget,
          executed,
          executionRate: rate(new Dec(executed), new Dec(budget)),
        };
      }),
      findings: findings.map((r) => ({
        code: String(r.code),
        count: num(r.n),
        documents: num(r.docs),
        errors: num(r.errors),
        warnings: num(r.warnings),
      })),
      rectifications: whole.rectifications,
      children: children.map((c) => {
        const b = byChild.get(String(c.id)) as Bucket;
        return {
          org: ref(c),
          ...b.figures(year),
          documents: b.documents,
          rectifications: b.rectifications,
        };
      }),
      previousYear: { year: year - 1, ...whole.figures(year - 1) },
    };
  }
}
