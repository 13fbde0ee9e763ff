import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DOC_STATUS_LABELS, DocStatus } from '../../../shared/domain/enums';
import type { AuthUser } from '../../common/auth/auth-user';
import { parseListQuery, setContentRange, ListSpec } from '../../common/http/list-query';
import { Evaluation } from '../evaluations/entities/evaluation.entity';
import { MonitoringReport } from '../monitoring/entities/monitoring.entity';
import { Org } from '../orgs/entities/org.entity';
import { Project } from '../projects/entities/project.entity';
import { Target, UnitTarget } from '../targets/entities/target.entity';
import { waitingFor } from '../workflow/workflow.service';

export interface Todo {
  id: string;
  resource: string;
  docId: number;
  title: string;
  kind: string;
  orgName: string;
  year: number;
  status: DocStatus;
  statusLabel: string;
  task: string;
  updatedAt: Date;
}

const SPEC: ListSpec = {
  resource: 'todos',
  idColumn: 'id',
  sortable: { updatedAt: 'updatedAt', year: 'year' },
  defaultSort: ['updatedAt', 'DESC'],
  filters: {
    resource: { kind: 'eq', column: 'resource', type: 'string' },
    year: { kind: 'eq', column: 'year', type: 'int' },
  },
};

/** Per document type: how to find what waits for a role, and how to title it. */
interface Source {
  resource: string;
  kind: string;
  query(db: DataSource): SelectQueryBuilder<ObjectLiteral>;
  title(row: Record<string, unknown>): string;
}

const SOURCES: Source[] = [
  {
    resource: 'targets',
    kind: '项目绩效目标表',
    query: (db) =>
      db
        .createQueryBuilder(Target, 'd')
        .innerJoin(Project, 'p', 'p.id = d.projectId')
        .addSelect(['p.code AS code', 'p.name AS name']),
    title: (r) => `${String(r.code)} ${String(r.name)}`,
  },
  {
    resource: 'monitoring',
    kind: '绩效运行监控表',
    query: (db) => db.createQueryBuilder(MonitoringReport, 'd'),
    title: (r) => `${String(r.d_title)}（${String(r.d_month)} 月）`,
  },
  {
    resource: 'evaluations',
    kind: '绩效自评表',
    query: (db) => db.createQueryBuilder(Evaluation, 'd'),
    title: (r) => String(r.d_title),
  },
  {
    resource: 'unit-targets',
    kind: '整体绩效目标表',
    query: (db) => db.createQueryBuilder(UnitTarget, 'd'),
    title: (r) => `${String(r.orgName)} 整体绩效目标`,
  },
];

/** Reading the status as the to-do of each role. */
const TASKS: Record<string, Partial<Record<DocStatus, string>>> = {
  unit: { draft: '填写并提交', returned: '按审核意见修改后重新提交' },
  department: { submitted: '主管部门审核' },
  finance: { dept_approved: '财政审核' },
};

/**
 * 待办: the documents in the caller's subtree that wait for the caller's role — drafts and
 * returned tables for a unit, submissions for its 主管部门, department-approved ones for the 财政局.
 */
@Injectable()
export class TodosService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, query: Record<string, unknown>, res: Response): Promise<Todo[]> {
    const q = parseListQuery(query, SPEC);
    const statuses = waitingFor(user.role);
    const todos: Todo[] = [];
    for (const source of SOURCES) {
      if (q.filter.resource && q.filter.resource !== source.resource) continue;
      if (statuses.length === 0) continue;
      const qb = source
        .query(this.db)
        .innerJoin(Org, 'o', 'o.id = d.orgId')
        .addSelect('o.name', 'orgName')
        .where('d.status IN (:...statuses)', { statuses })
        .limit(500);
      if (user.orgPath !== null) qb.andWhere('o.path LIKE :prefix', { prefix: `${user.orgPath}%` });
      if (q.filter.year) qb.andWhere('d.year = :year', { year: q.filter.year });
      const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
      entities.forEach((d, i) => {
        const doc = d as Target | UnitTarget | MonitoringReport | Evaluation;
        todos.push({
          id: `${source.resource}:${doc.id}`,
          resource: source.resource,
          docId: doc.id,
          title: source.title(raw[i]),
          kind:
            'revision' in doc && doc.revision > 1
              ? `${source.kind}（调整第 ${doc.revision - 1} 次）`
              : source.kind,
          orgName: String(raw[i].orgName),
          year: doc.year,
          status: doc.status,
          statusLabel: DOC_STATUS_LABELS[doc.status],
          task: TASKS[user.role]?.[doc.status] ?? '',
          updatedAt: doc.updatedAt,
        });
      });
    }
    const [field, order] = q.sort;
    const sign = order === 'ASC' ? 1 : -1;
    todos.sort(
      (a, b) =>
        sign * (field === 'year' ? a.year - b.year : a.updatedAt.getTime() - b.updatedAt.getTime()),
    );
    const page = todos.slice(q.range[0], q.range[1] + 1);
    setContentRange(res, 'todos', q, page.length, todos.length);
    return page;
  }
}
