import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Org } from '../../modules/orgs/entities/org.entity';
import { User } from '../../modules/users/entities/user.entity';
import { DomainError } from '../http/domain-error';
import type { AuthUser } from './auth-user';
import { PERMISSION_KEY, PUBLIC_KEY } from './decorators';
import { API_AUDIENCE, type TokenClaims } from './jwt';
import { PermissionName, roleHas } from './permissions';

/**
 * The one guard, applied to every route: public routes pass; every other route needs a valid
 * token of an enabled user and the permission the route declares. A route that declares no
 * permission is refused, so a new route cannot be reachable by accident.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<PermissionName | undefined>(
      PERMISSION_KEY,
      targets,
    );
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = await this.authenticate(req);
    if (!permission) {
      this.logger.warn(`Refused ${req.method} ${req.path}: the route declares no permission`);
      throw new DomainError('FORBIDDEN', '无权执行此操作');
    }
    if (!roleHas(user.role, permission))
      throw new DomainError('FORBIDDEN', '您的角色无权执行此操作');
    req.user = user;
    return true;
  }

  private async authenticate(req: Request): Promise<AuthUser> {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header);
    if (!match) throw new DomainError('UNAUTHORIZED', '未登录或登录已过期，请重新登录');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(match[1], {
        algorithms: ['HS256'],
        audience: API_AUDIENCE,
      });
    } catch {
      throw new DomainError('UNAUTHORIZED', '登录已失效，请重新登录');
    }
    if (!Number.isSafeInteger(claims.sub) || !Number.isSafeInteger(claims.tv)) {
      throw new DomainError('UNAUTHORIZED', '登录已失效，请重新登录');
    }
    const row = await this.db
      .createQueryBuilder(User, 'u')
      .leftJoin(Org, 'o', 'o.id = u.orgId')
      .select([
        'u.id AS id',
        'u.username AS username',
        'u.name AS name',
        'u.role AS role',
        'u.orgId AS orgId',
      ])
      .addSelect([
        'u.disabled AS disabled',
        'u.tokenVersion AS tokenVersion',
        'o.path AS orgPath',
        'o.type AS orgType',
      ])
      .where('u.id = :id', { id: claims.sub })
      .getRawOne<{
        id: number;
        username: string;
        name: string;
        role: AuthUser['role'];
        orgId: number | null;
        disabled: number | boolean;
        tokenVersion: number;
        orgPath: string | null;
        orgType: AuthUser['orgType'];
      }>();
    if (!row || Boolean(row.disabled) || Number(row.tokenVersion) !== claims.tv) {
      throw new DomainError('UNAUTHORIZED', '登录已失效，请重新登录');
    }
    if (row.role !== 'admin' && !row.orgPath)
      throw new DomainError('UNAUTHORIZED', '账号未分配组织，请联系管理员');
    return {
      id: Number(row.id),
      username: row.username,
      name: row.name,
      role: row.role,
      orgId: row.orgId === null ? null : Number(row.orgId),
      orgPath: row.orgPath ?? null,
      orgType: row.orgType ?? null,
    };
  }
}
