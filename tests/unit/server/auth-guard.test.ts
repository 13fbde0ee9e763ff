import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import { AuthGuard } from '../../../server/common/auth/auth.guard';
import { Permission, Public } from '../../../server/common/auth/decorators';
import { DomainError } from '../../../server/common/http/domain-error';

class Routes {
  @Public() open(): void {}
  undeclared(): void {}
  @Permission('users.write') adminOnly(): void {}
  @Permission('orgs.read') anyone(): void {}
}

function context(handler: keyof Routes, authorization?: string): ExecutionContext {
  const req = {
    headers: authorization ? { authorization } : {},
    method: 'GET',
    path: `/${handler}`,
  };
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

/** The guard with a token that decodes to user 1 and a database row for that user. */
function guard(role: string, disabled = false) {
  const jwt = {
    verifyAsync: jest.fn().mockResolvedValue({ sub: 1, tv: 0 }),
  } as unknown as JwtService;
  const row = {
    id: 1,
    username: 'u',
    name: 'U',
    role,
    orgId: 3,
    disabled,
    tokenVersion: 0,
    orgPath: '/1/2/3/',
    orgType: 'unit',
  };
  const qb = {
    leftJoin: () => qb,
    select: () => qb,
    addSelect: () => qb,
    where: () => qb,
    getRawOne: async () => row,
  };
  const db = { createQueryBuilder: () => qb } as unknown as DataSource;
  return new AuthGuard(new Reflector(), jwt, db);
}

const TOKEN = 'Bearer aaa.bbb.ccc';

describe('AuthGuard', () => {
  it('lets public routes through without a token', async () => {
    await expect(guard('unit').canActivate(context('open'))).resolves.toBe(true);
  });

  it('refuses a route that declares no permission, even for an administrator', async () => {
    await expect(guard('admin').canActivate(context('undeclared', TOKEN))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a role without the declared permission with 403', async () => {
    const error = await guard('unit')
      .canActivate(context('adminOnly', TOKEN))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(403);
    await expect(guard('admin').canActivate(context('adminOnly', TOKEN))).resolves.toBe(true);
  });

  it('refuses a missing token and a disabled user with 401', async () => {
    await expect(guard('unit').canActivate(context('anyone'))).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(guard('unit', true).canActivate(context('anyone', TOKEN))).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
