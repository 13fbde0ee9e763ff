import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import type { AuthUser } from '../../common/auth/auth-user';
import { API_AUDIENCE, type TokenClaims } from '../../common/auth/jwt';
import { DomainError } from '../../common/http/domain-error';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { User } from '../users/entities/user.entity';
import { verifyPassword } from '../users/passwords';
import { LoginThrottle } from './login-throttle';

/** A valid argon2id hash of a random password: checked when the username is unknown, so that the
 *  answer takes as long as for a real user and does not reveal whether the name exists. */
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$3Fa1/LekvtPLHbc5ea/7EQ$VIZa+FNZMO1TgL0oNqvWk3pdhGLf5i5bcYPbqNWdNyw';

export interface Me {
  id: number;
  username: string;
  name: string;
  role: AuthUser['role'];
  orgId: number | null;
  org: { id: number; code: string; name: string; type: Org['type'] } | null;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(
    username: string,
    password: string,
    ip: string,
  ): Promise<{ accessToken: string; expiresIn: number; user: Me }> {
    if (await this.throttle.blocked(username, ip)) {
      throw new DomainError('TOO_MANY_REQUESTS', '登录失败次数过多，请稍后再试');
    }
    const user = await this.db
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok || user.disabled) {
      await this.throttle.fail(username, ip);
      const org = user?.orgId ? await this.db.manager.findOneBy(Org, { id: user.orgId }) : null;
      await this.audit.record(this.db.manager, {
        user: null,
        username: username.slice(0, 64),
        action: 'login_failed',
        resource: 'auth',
        resourceId: user?.id ?? null,
        orgPath: org?.path ?? null,
        after: {
          reason: !user ? 'unknown_user' : user.disabled && ok ? 'disabled' : 'wrong_password',
        },
        ip,
      });
      // One message for every cause: the answer does not tell whether the username exists.
      throw new DomainError('UNAUTHORIZED', '用户名或密码错误');
    }
    await this.throttle.reset(username, ip);
    const claims: TokenClaims = { sub: user.id, tv: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      audience: API_AUDIENCE,
      expiresIn: this.config.jwtExpiresIn,
    });
    const me = await this.me(user.id);
    await this.audit.record(this.db.manager, {
      user: { id: user.id, username: user.username },
      action: 'login',
      resource: 'auth',
      resourceId: user.id,
      orgPath: (await this.orgOf(user.orgId))?.path ?? null,
      ip,
    });
    return { accessToken, expiresIn: this.config.jwtExpiresIn, user: me };
  }

  private orgOf(id: number | null): Promise<Org | null> {
    return id ? this.db.manager.findOneBy(Org, { id }) : Promise.resolve(null);
  }

  async me(userId: number): Promise<Me> {
    const user = await this.db.manager.findOneByOrFail(User, { id: userId });
    const org = await this.orgOf(user.orgId);
    return {
      id: user.id,
      username: user.username,
      name: user.name,
      role: user.role,
      orgId: user.orgId,
      org: org ? { id: org.id, code: org.code, name: org.name, type: org.type } : null,
    };
  }
}
