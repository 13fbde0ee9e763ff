import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound, staleVersion } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { CreateDeadlineDto, UpdateDeadlineDto } from './dto/deadline.dto';
import { Deadline, DEADLINE_KIND_LABELS } from './entities/deadline.entity';

const SPEC: ListSpec = {
  resource: 'deadlines',
  idColumn: 'd.id',
  sortable: { id: 'd.id', year: 'd.year', kind: 'd.kind', dueDate: 'd.dueDate' },
  defaultSort: ['dueDate', 'ASC'],
  filters: {
    year: { kind: 'eq', column: 'd.year', type: 'int' },
    kind: { kind: 'eq', column: 'd.kind', type: 'string' },
  },
};

export type DeadlineView = Deadline & { kindLabel: string };

const view = (d: Deadline): DeadlineView => ({ ...d, kindLabel: DEADLINE_KIND_LABELS[d.kind] });

/** Deadlines of each fiscal year's steps (绩效目标申报, 运行监控, 绩效自评), set by administrators. */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(_user: AuthUser, query: Record<string, unknown>, res: Response) {
    return (await listPage(this.db.createQueryBuilder(Deadline, 'd'), query, SPEC, res)).map(view);
  }

  async get(_user: AuthUser, id: number) {
    const d = await this.db.manager.findOneBy(Deadline, { id });
    if (!d) throw notFound('截止日期');
    return view(d);
  }

  async create(user: AuthUser, dto: CreateDeadlineDto) {
    return this.db.transaction(async (em) => {
      if (await em.exists(Deadline, { where: { year: dto.year, kind: dto.kind } }))
        throw new DomainError(
          'CONFLICT',
          `${dto.year} 年度已设置「${DEADLINE_KIND_LABELS[dto.kind]}」的截止日期，请修改原记录`,
          { kind: '该年度已设置此环节的截止日期' },
        );
      const inserted = await em.insert(Deadline, {
        year: dto.year,
        kind: dto.kind,
        dueDate: dto.dueDate,
        remindDays: dto.remindDays ?? 7,
        note: dto.note ?? '',
      });
      const id = Number(inserted.identifiers[0].id);
      const created = await em.findOneByOrFail(Deadline, { id });
      await this.audit.record(em, {
        user,
        action: 'create',
        resource: 'deadlines',
        resourceId: id,
        after: created,
      });
      return view(created);
    });
  }

  async update(user: AuthUser, id: number, dto: UpdateDeadlineDto) {
    return this.db.transaction(async (em) => {
      const before = await em.findOneBy(Deadline, { id });
      if (!before) throw notFound('截止日期');
      const result = await em
        .createQueryBuilder()
        .update(Deadline)
        .set({
          dueDate: dto.dueDate,
          remindDays: dto.remindDays ?? before.remindDays,
          note: dto.note ?? before.note,
        })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw staleVersion();
      const after = await em.findOneByOrFail(Deadline, { id });
      await this.audit.record(em, {
        user,
        action: 'update',
        resource: 'deadlines',
        resourceId: id,
        before,
        after,
      });
      return view(after);
    });
  }

  async remove(user: AuthUser, id: number) {
    return this.db.transaction(async (em) => {
      const before = await em.findOneBy(Deadline, { id });
      if (!before) throw notFound('截止日期');
      await em.delete(Deadline, { id });
      await this.audit.record(em, {
        user,
        action: 'delete',
        resource: 'deadlines',
        resourceId: id,
        before,
      });
      return view(before);
    });
  }
}
