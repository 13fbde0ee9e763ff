import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/http/domain-error';
import { ListSpec, listPage } from '../../common/http/list-query';
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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private own(user: AuthUser) {
    return this.db.createQueryBuilder(Notification, 'n').where('n.userId = :me', { me: user.id });
  }

  list(user: AuthUser, query: Record<string, unknown>, res: Response) {
    return listPage(this.own(user), query, SPEC, res);
  }

  async get(user: AuthUser, id: number) {
    const n = await this.own(user).andWhere('n.id = :id', { id }).getOne();
    if (!n) throw notFound('通知');
    return n;
  }

  async update(user: AuthUser, id: number, dto: UpdateNotificationDto) {
    const n = await this.get(user, id);
    if (n.read !== dto.read)
      await this.db.manager.update(
        Notification,
        { id },
        { read: dto.read, readAt: dto.read ? new Date() : null },
      );
    return this.get(user, id);
  }
}
