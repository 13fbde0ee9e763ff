import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { notFound } from '../../common/http/domain-error';
import { IdParam } from '../../common/http/id.pipe';
import { ListSpec, listPage } from '../../common/http/list-query';
import { AuditLog } from './entities/audit-log.entity';

const SPEC: ListSpec = {
  resource: 'audit-logs',
  idColumn: 'a.id',
  sortable: {
    id: 'a.id',
    at: 'a.at',
    action: 'a.action',
    resource: 'a.resource',
    username: 'a.username',
  },
  defaultSort: ['id', 'DESC'],
  filters: {
    resource: { kind: 'eq', column: 'a.resource', type: 'string' },
    resourceId: { kind: 'eq', column: 'a.resourceId', type: 'string' },
    action: { kind: 'eq', column: 'a.action', type: 'string' },
    userId: { kind: 'eq', column: 'a.userId', type: 'int' },
    at_gte: { kind: 'gte', column: 'a.at', type: 'date' },
    at_lte: { kind: 'lte', column: 'a.at', type: 'date' },
    q: { kind: 'like', columns: ['a.username', 'a.action', 'a.resource'] },
  },
};

/** Read-only: the audit log has no route that changes or deletes a row. */
@ApiTags('审计日志')
@ApiBearerAuth()
@Controller('audit-logs')
@Permission('audit.read')
export class AuditController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private scoped(user: AuthUser) {
    const qb = this.db.createQueryBuilder(AuditLog, 'a');
    // Finance reads its region's records; admin reads everything.
    if (user.orgPath !== null) qb.where('a.orgPath LIKE :prefix', { prefix: `${user.orgPath}%` });
    return qb;
  }

  @Get()
  list(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    return listPage(this.scoped(user), query, SPEC, res);
  }

  @Get(':id')
  async get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    const row = await this.scoped(user).andWhere('a.id = :id', { id }).getOne();
    if (!row) throw notFound('审计记录');
    return row;
  }
}
