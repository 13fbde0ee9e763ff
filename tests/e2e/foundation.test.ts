import Redis from 'ioredis';
import { Api, listQuery, startApp, TestApp } from '../support/app';
import { REDIS_URL } from '../support/env';

interface Org {
  id: number;
  code: string;
  name: string;
  type: string;
  parentId: number | null;
  version: number;
}
interface User {
  id: number;
  username: string;
  role: string;
  orgId: number | null;
  version: number;
  name: string;
}
interface ErrorBody {
  code: string;
  message: string;
  errors?: Record<string, string>;
}

let t: TestApp;
let anon: Api;
let admin: Api;
let unit: Api;
let orgs: Org[];

const byCode = (code: string): Org => {
  const org = orgs.find((o) => o.code === code);
  if (!org) throw new Error(`no org ${code}`);
  return org;
};

beforeAll(async () => {
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys('login-fail:*');
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  t = await startApp();
  anon = new Api(t.url);
  admin = await anon.login('admin');
  unit = await anon.login('unit');
  orgs = (await admin.get<Org[]>(`/api/orgs${listQuery({ range: [0, 99] })}`)).body;
});

afterAll(async () => {
  await t?.close();
});

describe('authentication', () => {
  it('logs in with a demo account and returns the user with role and organisation', async () => {
    const res = await anon.post<{
      accessToken: string;
      user: { username: string; role: string; org: { name: string } };
    }>('/api/auth/login', { username: 'unit', password: 'Demo@2024' });
    expect(res.status).toBe(200);
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(res.body.user).toMatchObject({
      username: 'unit',
      role: 'unit',
      org: { name: '洛阳市西工区社区治理和服务创新办公室（本级）' },
    });
    const me = await unit.get<{ username: string; orgId: number }>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.orgId).toBe(byCode('XG-SCB-001').id);
  });

  it('answers a wrong password and an unknown username with the same Chinese message', async () => {
    const wrong = await anon.post<ErrorBody>('/api/auth/login', {
      username: 'dept',
      password: 'nope-nope-1',
    });
    const unknown = await anon.post<ErrorBody>('/api/auth/login', {
      username: 'nobody-here',
      password: 'nope-nope-1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe('用户名或密码错误');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('refuses the 11th failed login in the window with 429, for existing and unknown users alike', async () => {
    // A throwaway account: the lock-out lasts the whole window, and other tests log in as the demo users.
    const created = await admin.post('/api/users', {
      username: 'lockout-probe',
      name: '锁定测试',
      role: 'manager',
      orgId: byCode('410311').id,
      password: 'Passw0rd!',
    });
    expect(created.status).toBe(201);
    for (const username of ['lockout-probe', 'ghost-user']) {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i += 1)
        statuses.push(
          (await anon.post('/api/auth/login', { username, password: `bad-${i}-x1` })).status,
        );
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses[10]).toBe(429);
    }
    // Even the right password is refused while the window lasts.
    expect(
      (await anon.post('/api/auth/login', { username: 'lockout-probe', password: 'Passw0rd!' }))
        .status,
    ).toBe(429);
  });

  it('records failed logins in the audit log without the password', async () => {
    const res = await admin.get<{ action: string; username: string; after: unknown }[]>(
      `/api/audit-logs${listQuery({ filter: { action: 'login_failed' }, range: [0, 99] })}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.some((r) => r.username === 'ghost-user')).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain('bad-1-x1');
  });

  it('refuses requests without a token, with a malformed token or with a forged signature', async () => {
    expect((await anon.get('/api/orgs')).status).toBe(401);
    expect((await new Api(t.url, 'not.a.token').get('/api/orgs')).status).toBe(401);
    const [h, p] = (unit.token ?? '').split('.');
    expect(
      (
        await new Api(t.url, `${h}.${p}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`).get(
          '/api/orgs',
        )
      ).status,
    ).toBe(401);
  });
});

describe('scoping', () => {
  it('shows a unit only its own organisation and its own users', async () => {
    const o = await unit.get<Org[]>('/api/orgs');
    expect(o.body.map((x) => x.code)).toEqual(['XG-SCB-001']);
    const u = await unit.get<User[]>('/api/users');
    expect(u.status).toBe(200);
    expect(u.body.map((x) => x.username)).toEqual(['unit']);
    expect(u.headers.get('content-range')).toBe('users 0-0/1');
  });

  it('does not let a unit read another unit’s user or organisation (404) or the audit log (403)', async () => {
    const users = (await admin.get<User[]>(`/api/users${listQuery({ filter: { q: 'jiedao' } })}`))
      .body;
    expect(users).toHaveLength(1);
    expect((await unit.get(`/api/users/${users[0].id}`)).status).toBe(404);
    expect((await unit.get(`/api/orgs/${byCode('151001').id}`)).status).toBe(404);
    expect((await unit.get('/api/audit-logs')).status).toBe(403);
    expect((await unit.get('/api/audit-logs/1')).status).toBe(403);
    const filtered = await unit.get<User[]>(
      `/api/users${listQuery({ filter: { id: [users[0].id] } })}`,
    );
    expect(filtered.body).toEqual([]);
  });

  it('gives a department its subtree and a finance user its region', async () => {
    const dept = await anon.login('dept');
    expect((await dept.get<Org[]>('/api/orgs')).body.map((o) => o.code).sort()).toEqual([
      'XG-SCB',
      'XG-SCB-001',
    ]);
    const finance = await anon.login('finance');
    const codes = (await finance.get<Org[]>(`/api/orgs${listQuery({ range: [0, 99] })}`)).body
      .map((o) => o.code)
      .sort();
    expect(codes).toEqual(['151', '151001', '410303', 'XG-SCB', 'XG-SCB-001']);
    const audit = await finance.get<{ orgPath: string }[]>(
      `/api/audit-logs${listQuery({ range: [0, 999] })}`,
    );
    expect(audit.status).toBe(200);
    const region = byCode('410303');
    expect(audit.body.length).toBeGreaterThan(0);
    expect(audit.body.every((r) => r.orgPath.startsWith(`/${region.id}/`))).toBe(true);
  });

  it('refuses writes to a role without the permission and changes nothing', async () => {
    const before = await admin.get<Org>(`/api/orgs/${byCode('XG-SCB-001').id}`);
    const res = await unit.put<ErrorBody>(`/api/orgs/${before.body.id}`, {
      ...before.body,
      name: '改名',
    });
    expect(res.status).toBe(403);
    expect((await admin.get<Org>(`/api/orgs/${before.body.id}`)).body.name).toBe(before.body.name);
  });
});

describe('the simple-REST list protocol', () => {
  it('honours sort, range and filter and answers with Content-Range', async () => {
    const res = await admin.get<Org[]>(
      `/api/orgs${listQuery({ sort: ['code', 'DESC'], range: [1, 2], filter: { type: 'unit' } })}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toBe('orgs 1-2/5');
    expect(res.headers.get('access-control-expose-headers')).toContain('Content-Range');
    expect(res.body.map((o) => o.code)).toEqual(['555-0101', '313002']);
    const q = await admin.get<Org[]>(
      `/api/orgs${listQuery({ filter: { q: '洛龙区' }, sort: ['code', 'ASC'] })}`,
    );
    expect(q.body.map((o) => o.code)).toEqual(['313', '313001', '313002', '410311']);
    const many = await admin.get<Org[]>(
      `/api/orgs${listQuery({ filter: { id: [byCode('313').id, byCode('NDG').id] } })}`,
    );
    expect(many.body.map((o) => o.code).sort()).toEqual(['313', 'NDG']);
  });

  it('escapes LIKE wildcards in the search text', async () => {
    const res = await admin.get<Org[]>(`/api/orgs${listQuery({ filter: { q: '%' } })}`);
    expect(res.body).toEqual([]);
    expect(res.headers.get('content-range')).toBe('orgs 0-0/0');
  });

  it('refuses an unknown sort field, a bad range and an unknown filter with 400 naming the parameter', async () => {
    const sort = await admin.get<ErrorBody>(
      `/api/orgs${listQuery({ sort: ['passwordHash', 'ASC'] })}`,
    );
    expect(sort.status).toBe(400);
    expect(sort.body.errors?.sort).toContain('passwordHash');
    const range = await admin.get<ErrorBody>('/api/orgs?range=[5,1]');
    expect(range.status).toBe(400);
    expect(range.body.errors?.range).toBeDefined();
    const filter = await admin.get<ErrorBody>(
      `/api/users${listQuery({ filter: { passwordHash: 'x' } })}`,
    );
    expect(filter.status).toBe(400);
    expect(filter.body.errors?.['filter.passwordHash']).toMatch(/不支持的筛选条件/);
    const json = await admin.get<ErrorBody>('/api/orgs?filter={bad');
    expect(json.status).toBe(400);
    expect(json.body.message).toMatch(/JSON/);
  });
});

describe('writes', () => {
  it('refuses a request with unknown fields with 400 naming the field, and creates nothing', async () => {
    const res = await admin.post<ErrorBody>('/api/users', {
      username: 'extra1',
      name: '多字段',
      role: 'unit',
      orgId: byCode('151001').id,
      password: 'Passw0rd!',
      isAdmin: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ isAdmin: '不允许的字段「isAdmin」' });
    expect(
      (await admin.get<User[]>(`/api/users${listQuery({ filter: { q: 'extra1' } })}`)).body,
    ).toEqual([]);
  });

  it('names each invalid field in Chinese', async () => {
    const res = await admin.post<ErrorBody>('/api/users', {
      username: 'x',
      role: 'boss',
      orgId: 'one',
      password: 'short',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toMatchObject({
      username: expect.stringContaining('用户名'),
      name: '姓名不能为空',
      role: expect.stringContaining('角色必须是以下之一'),
      orgId: '所属组织必须是整数',
      password: expect.stringContaining('密码'),
    });
  });

  it('creates a user with an argon2id hash that never leaves the server, and audits it without secrets', async () => {
    const res = await admin.post<User & { passwordHash?: string }>('/api/users', {
      username: 'newclerk',
      name: '新填报员',
      role: 'unit',
      orgId: byCode('313002').id,
      password: 'Passw0rd!',
    });
    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty('passwordHash');
    const audit = await admin.get<{ action: string; after: Record<string, unknown> }[]>(
      `/api/audit-logs${listQuery({ filter: { resource: 'users', resourceId: String(res.body.id) } })}`,
    );
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0].action).toBe('create');
    expect(audit.body[0].after).toMatchObject({ username: 'newclerk' });
    expect(JSON.stringify(audit.body)).not.toMatch(/argon2|Passw0rd/);
    const clerk = await anon.login('newclerk', 'Passw0rd!');
    expect((await clerk.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a role in the wrong kind of organisation', async () => {
    const res = await admin.post<ErrorBody>('/api/users', {
      username: 'wrongorg',
      name: '错组织',
      role: 'finance',
      orgId: byCode('151001').id,
      password: 'Passw0rd!',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.orgId).toContain('财政局只能属于');
  });

  it('detects a concurrent edit: a stale version gets 409 and changes nothing', async () => {
    const org = (await admin.get<Org>(`/api/orgs/${byCode('313002').id}`)).body;
    const first = await admin.put<Org>(`/api/orgs/${org.id}`, {
      ...org,
      name: '洛龙区社区综合服务中心（改）',
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(org.version + 1);
    const second = await admin.put<ErrorBody>(`/api/orgs/${org.id}`, {
      ...org,
      name: '另一个名字',
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('STALE_VERSION');
    expect((await admin.get<Org>(`/api/orgs/${org.id}`)).body.name).toBe(
      '洛龙区社区综合服务中心（改）',
    );
    const restore = await admin.put<Org>(`/api/orgs/${org.id}`, { ...first.body, name: org.name });
    expect(restore.status).toBe(200);
  });

  it('invalidates older tokens when a password changes', async () => {
    const created = (
      await admin.post<User>('/api/users', {
        username: 'rotating',
        name: '换密码',
        role: 'unit',
        orgId: byCode('313001').id,
        password: 'Passw0rd!',
      })
    ).body;
    const old = await anon.login('rotating', 'Passw0rd!');
    expect((await old.get('/api/auth/me')).status).toBe(200);
    const current = (await admin.get<User>(`/api/users/${created.id}`)).body;
    expect(
      (await admin.put(`/api/users/${created.id}`, { ...current, password: 'N3wPassword' })).status,
    ).toBe(200);
    expect((await old.get('/api/auth/me')).status).toBe(401);
    expect((await (await anon.login('rotating', 'N3wPassword')).get('/api/auth/me')).status).toBe(
      200,
    );
  });

  it('refuses to delete an organisation that still has children', async () => {
    const res = await admin.delete<ErrorBody>(`/api/orgs/${byCode('313').id}`);
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('下级组织');
  });

  it('answers a non-numeric id with 404 and a body that is not JSON with 400', async () => {
    expect((await admin.get('/api/orgs/abc')).status).toBe(404);
    const bad = await admin.request<ErrorBody>('POST', '/api/orgs', '{"code":');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('请求体不是有效的 JSON');
  });
});

describe('operations', () => {
  it('reports health of the database and Redis', async () => {
    const res = await anon.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok', redis: 'ok' });
  });

  it('publishes the OpenAPI document', async () => {
    const res = await anon.get<{ paths: Record<string, unknown> }>('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/orgs', '/api/users/{id}', '/api/auth/login']),
    );
  });
});
