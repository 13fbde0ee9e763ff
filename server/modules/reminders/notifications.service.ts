import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { UpdateNotificationDto } from './dto/deadline.dto';
import { Notification } from './entities/notification.entity';

const SPEC: ListSpec = {
  resource: 'notifications',
  idColumn: 'n.id',
  sortable: { id: 'n.id', createdAt: 'n.createdAt', read: 'n.read' },
  defaultSort: ['id', 'DESC'],
  filters: {
    read: { kind: 'eq', column: 'n.read', type: 'bool' },
    kind: { kind: 'eq', column: 'n.kind', type: 'string' },
    jobId: { kind: 'eq', column: 'n.jobId', type: 'string' },
  },
};

/** 站内通知: each user reads and marks only their own. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private own(user: AuthUser, em: EntityManager = this.db.manager) {
    return em.createQueryBuilder(Notification, 'n').where('n.userId = :me', { me: user.id });
  }

  list(user: AuthUser, query: Record<string, unknown>, res: Response) {
    return listPage(this.own(user), query, SPEC, res);
  }

  async get(user: AuthUser, id: number, em?: EntityManager) {
    const n = await this.own(user, em).andWhere('n.id = :id', { id }).getOne();
    if (!n) throw notFound('通知');
    return n;
  }

  /** Marks read or unread; a change is audited with it (marking it as it already is changes nothing). */
  async update(user: AuthUser, id: number, dto: UpdateNotificationDto) {
    return this.db.transaction(async (em) => {
      const n = await this.get(user, id, em);
      if (n.read === dto.read) return n;
      // Conditional on the state read: two clicks at once change it, and audit it, once.
      const changed = await em
        .createQueryBuilder()
        .update(Notification)
        .set({ read: dto.read, readAt: dto.read ? new Date() : null })
        .where({ id, read: n.read })
        .execute();
      if (!changed.affected) return this.get(user, id, em);
      await this.audit.record(em, {
        user,
        action: 'update',
        resource: 'notifications',
        resourceId: id,
        orgPath: user.orgPath,
        before: { read: n.read },
        after: { read: dto.read },
      });
      return this.get(user, id, em);
    });
  }
}
