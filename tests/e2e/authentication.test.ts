import { createHmac } from 'node:crypto';
import mysql from 'mysql2/promise';
import { API_AUDIENCE } from '../../server/common/auth/jwt';
import { BOARD_AUDIENCE } from '../../server/queue/board';
import { Api, startApp, TestApp } from '../support/app';
import { testConfig, TEST_DATABASE } from '../support/env';
import { connectTest } from '../support/mysql';

const SECRET = testConfig().jwtSecret;
const b64 = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A token as the server signs one (the API's audience unless the payload names another). */
function sign(
  payload: object,
  secret = SECRET,
  header: object = { alg: 'HS256', typ: 'JWT' },
): string {
  const head = `${b64(header)}.${b64({ aud: API_AUDIENCE, ...payload })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

let t: TestApp;
let anon: Api;
let admin: Api;
let userId: number;

beforeAll(async () => {
  t = await startApp();
  anon = new Api(t.url);
  admin = await anon.login('admin');
  const me = await (await anon.login('unit')).get<{ id: number }>('/api/auth/me');
  userId = me.body.id;
});
afterAll(async () => {
  await t?.close();
});

const now = () => Math.floor(Date.now() / 1000);
const status = async (token: string) => (await new Api(t.url, token).get('/api/auth/me')).status;

describe('tokens', () => {
  it('accepts a token signed with the secret for a live user (control)', async () => {
    expect(await status(sign({ sub: userId, tv: 0, iat: now(), exp: now() + 60 }))).toBe(200);
  });

  it.each([
    ['an expired token', () => sign({ sub: userId, tv: 0, iat: now() - 7200, exp: now() - 60 })],
    [
      'a token signed with another secret',
      () =>
        sign({ sub: userId, tv: 0, exp: now() + 60 }, 'another-secret-another-secret-another-123'),
    ],
    [
      'alg: none',
      () =>
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: API_AUDIENCE, sub: userId, tv: 0, exp: now() + 60 })}.`,
    ],
    [
      'HS512 with the right secret',
      () => {
        const head = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64({ aud: API_AUDIENCE, sub: userId, tv: 0, exp: now() + 60 })}`;
        return `${head}.${createHmac('sha512', SECRET).update(head).digest('base64url')}`;
      },
    ],
    [
      'a tampered payload (another user, same signature)',
      () => {
        const [h, , s] = sign({ sub: userId, tv: 0, exp: now() + 60 }).split('.');
        return `${h}.${b64({ aud: API_AUDIENCE, sub: 1, tv: 0, exp: now() + 60 })}.${s}`;
      },
    ],
    ['an old token version', () => sign({ sub: userId, tv: -1, exp: now() + 60 })],
    ['a user id that does not exist', () => sign({ sub: 999999, tv: 0, exp: now() + 60 })],
    ['a non-numeric subject', () => sign({ sub: 'admin', tv: 0, exp: now() + 60 })],
    [
      'a Bull Board session token (another audience, same secret)',
      () => sign({ aud: BOARD_AUDIENCE, sub: userId, tv: 0, exp: now() + 60 }),
    ],
    [
      'a token for no audience',
      () => sign({ aud: undefined, sub: userId, tv: 0, exp: now() + 60 }),
    ],
  ])('refuses %s with 401', async (_what, token) => {
    expect(await status(token())).toBe(401);
  });

  it('refuses the token of a disabled user and of a deleted user', async () => {
    const created = await admin.post<{ id: number; version: number; orgId: number }>('/api/users', {
      username: 'shortlived',
      name: '临时',
      role: 'manager',
      orgId: 1,
      password: 'Passw0rd!',
    });
    expect(created.status).toBe(201);
    const session = await anon.login('shortlived', 'Passw0rd!');
    expect((await session.get('/api/auth/me')).status).toBe(200);
    const current = (await admin.get<{ version: number }>(`/api/users/${created.body.id}`)).body;
    await admin.put(`/api/users/${created.body.id}`, { ...current, disabled: true });
    expect((await session.get('/api/auth/me')).status).toBe(401);
    const again = await anon.post<{ message: string }>('/api/auth/login', {
      username: 'shortlived',
      password: 'Passw0rd!',
    });
    expect(again.status).toBe(401);
    expect(again.body.message).toBe('用户名或密码错误');

    const other = await admin.post<{ id: number }>('/api/users', {
      username: 'deleted1',
      name: '删除',
      role: 'manager',
      orgId: 1,
      password: 'Passw0rd!',
    });
    const token = (await anon.login('deleted1', 'Passw0rd!')).token ?? '';
    expect((await admin.delete(`/api/users/${other.body.id}`)).status).toBe(200);
    expect(await status(token)).toBe(401);
  });
});

describe('passwords', () => {
  it('are stored as argon2id hashes, never in clear', async () => {
    const conn = await connectTest(TEST_DATABASE);
    const [rows] = await conn.query<mysql.RowDataPacket[]>(
      'SELECT username, passwordHash FROM users',
    );
    await conn.end();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,p=\d+,t=\d+\$/);
      expect(row.passwordHash).not.toContain('Demo@2024');
    }
  });
});
