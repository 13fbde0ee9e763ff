import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectToSheet, SEED_002_PROJECTS } from '../../server/modules/demo/data/seed-002';
import { Api, ApiResponse, listQuery, startApp } from '../support/app';
import { allAuditRows, AuditRow, auditSince, lastAuditId, secretsIn } from '../support/audit';
import { mysqlUrl, REDIS_URL, testConfig } from '../support/env';
import { TRAINING_ROWS } from '../support/factories';
import { dropQueueKeys, exportFile, finished, JobBody } from '../support/jobs';
import { recreateDatabase } from '../support/mysql';
import { ServerProcess, startServer } from '../support/process';
import { listRoutes, Route } from '../support/routes';

/**
 * The audit log over the whole route list of the running router.
 *
 * - Every mutation route (POST/PUT/PATCH/DELETE) has a recipe below: it prepares what the call
 *   needs, makes ONE successful call with realistic data, and declares exactly the audit rows the
 *   call must leave — action, resource, record id, who, and before/after where they matter. A
 *   mutation route without a recipe fails the test, so a new route cannot escape the audit.
 * - The POST routes that change nothing are declared in NOT_MUTATIONS with the reason; calling
 *   them leaves no row.
 * - A refused call (401, 403, 404, 400, 409) leaves no row. The one declared exception is a failed
 *   login, which is audited on purpose (`login_failed`), as a successful one is (`login`).
 * - No route changes or deletes an audit row.
 * - Over the whole run, at LOG_LEVEL=verbose (SQL included): no audit row and no log line holds a
 *   password, a password hash, a JWT or the JWT secret.
 *
 * The server runs as its own process in production mode (MariaDB + Redis, BullMQ workers in the
 * process), so that its whole output is captured; the route list comes from the same application
 * booted in this process.
 */

const DATABASE = 'bp_test_audit';
const JWT_SECRET = randomBytes(36).toString('base64url');
const PASSWORDS = {
  demo: 'Demo@2024',
  created: 'Audit#Passw0rd-1',
  changed: 'Audit#N3wPassw0rd-2',
  wrong: 'Wrong#Passw0rd-3',
};
const files = mkdtempSync(join(tmpdir(), 'bp-audit-'));
const prefix = `bpaudit${process.pid}`;

type Who = 'admin' | 'finance' | 'dept' | 'unit' | 'manager' | 'jiedao' | 'luolong';
const WHO: Who[] = ['admin', 'finance', 'dept', 'unit', 'manager', 'jiedao', 'luolong'];

interface Body {
  id: number;
  version: number;
  jobId: string;
  [key: string]: unknown;
}
type Reply = ApiResponse<Body>;

/** One expected audit row. `by` is the caller; `{ username }` a row with no user (failed login). */
interface Expected {
  action: string;
  resource: string;
  resourceId: number | string | null;
  by: Who | { username: string };
  /** The fields `before` / `after` must hold (others may be there too); absent = null. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** A request to the recipe's own route: `:id` from `params`; FormData is sent as multipart. */
type Send = (who: Api, params?: Record<string, string | number>, body?: unknown) => Promise<Reply>;

interface Call {
  /** The mutation under test: one request to the recipe's route. */
  send: (route: Send) => Promise<Reply>;
  /** The status it must answer; any 2xx when absent. */
  status?: number;
  /** Waits for the work the call started (a job) before the rows are read. */
  settle?: (reply: Reply) => Promise<JobBody>;
  /** Exactly the audit rows the call leaves, oldest first. */
  rows: (reply: Reply, job?: JobBody) => Expected[];
}

/** Prepares what the call needs (its own audit rows are not counted), then returns the call. */
type Recipe = () => Promise<Call>;

let server: ServerProcess;
let routes: Route[] = [];
const api = {} as Record<Who, Api>;
const me = {} as Record<Who, { id: number; orgPath: string | null }>;
const org: Record<string, { id: number; path: string }> = {};
/** Every token issued during the run: none may appear in an audit row or a log line. */
const tokens: Record<string, string> = {};
let demoEvaluation: number; // an approved 2023 self-evaluation of the demo unit (XG-SCB-001)
let rowsChecked = 0;
const covered = new Set<string>();

beforeAll(async () => {
  await recreateDatabase(DATABASE);
  server = await startServer(
    {
      DATABASE_URL: mysqlUrl(DATABASE),
      REDIS_URL,
      JWT_SECRET,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'verbose',
      QUEUE_PREFIX: prefix,
      FILES_DIR: files,
    },
    'source',
  );
  // The same application in this process, for its router: the route list the recipes must cover.
  const local = await startApp(
    testConfig({
      DATABASE_URL: mysqlUrl(DATABASE),
      DEMO_DATA: 'false',
      WORKERS: 'false',
      QUEUE_PREFIX: prefix,
      FILES_DIR: files,
    }),
  );
  routes = listRoutes(local.app);
  await local.close();

  const anon = new Api(server.url);
  for (const who of WHO) {
    api[who] = await anon.login(who);
    tokens[`${who}'s token`] = api[who].token ?? '';
  }
  const orgs = await api.admin.get<{ id: number; code: string; path: string }[]>(
    `/api/orgs${listQuery({ range: [0, 999] })}`,
  );
  for (const o of orgs.body) org[o.code] = { id: o.id, path: o.path };
  for (const who of WHO) {
    const self = (await api[who].get<{ id: number; orgId: number | null }>('/api/auth/me')).body;
    const path = Object.values(org).find((o) => o.id === self.orgId)?.path ?? null;
    me[who] = { id: self.id, orgPath: path };
  }
  demoEvaluation = (
    await api.unit.get<{ id: number }[]>(
      `/api/evaluations${listQuery({ filter: { year: 2023, kind: 'project' }, sort: ['id', 'ASC'], range: [0, 0] })}`,
    )
  ).body[0].id;
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await dropQueueKeys(prefix);
  rmSync(files, { recursive: true, force: true });
  process.stdout.write(
    `audit coverage: ${routes.filter((r) => r.method !== 'GET').length} mutation routes, ` +
      `${covered.size} covered by a successful call, ${rowsChecked} audit rows checked\n`,
  );
});

// ——— preparing realistic documents through the API ———

let seq = 0;
const next = () => (seq += 1);
/** Fresh fiscal years, one range per use: a unit has one 整体目标表 per year, one deadline per
 *  year and step, and a year of its own lets a recipe count exactly what it generates. */
const years = { unitTargets: 2030, deadlines: 2050, evaluations: 2080 };
const freshYear = (use: keyof typeof years) => (years[use] += 1);

function ok(reply: Reply, status: number | number[], what: string): Body {
  if (!([] as number[]).concat(status).includes(reply.status))
    throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

async function project(year = 2026): Promise<Body> {
  const n = next();
  return ok(
    await api.unit.post<Body>('/api/projects', {
      year,
      code: `SJ-${year}-${n}`,
      name: `社区工作者培训（第 ${n} 期）`,
      type: 'specific',
      amountTotal: '10',
      amountFiscal: '10',
      amountSpecial: '0',
      amountOther: '0',
      purpose: '社区工作者业务能力培训',
      spendPlan: { q1: '10', q2: '50', q3: '80', q4: '100' },
    }),
    201,
    'project',
  );
}

type Stage = 'draft' | 'submitted' | 'dept_approved' | 'approved';
const STAGES: Stage[] = ['draft', 'submitted', 'dept_approved', 'approved'];

/** Walks a reviewable document from draft to `stage`. */
async function review(resource: string, id: number, stage: Stage): Promise<Body> {
  let doc = ok(await api.unit.get<Body>(`/api/${resource}/${id}`), 200, resource);
  const steps: [Who, string][] = [
    ['unit', 'submit'],
    ['dept', 'approve'],
    ['finance', 'approve'],
  ];
  for (const [who, action] of steps.slice(0, STAGES.indexOf(stage)))
    doc = ok(await api[who].post<Body>(`/api/${resource}/${id}/${action}`, {}), 200, action);
  return doc;
}

async function target(stage: Stage, year = 2026): Promise<Body> {
  const p = await project(year);
  const doc = ok(
    await api.unit.post<Body>('/api/targets', {
      projectId: p.id,
      goals: ['全年完成社区工作者培训 200 人次'],
      indicators: TRAINING_ROWS,
    }),
    201,
    'target',
  );
  return review('targets', doc.id, stage);
}

async function unitTarget(stage: Stage): Promise<Body> {
  const doc = ok(
    await api.unit.post<Body>('/api/unit-targets', {
      year: freshYear('unitTargets'),
      goals: ['保障社区治理和服务创新工作正常运转'],
      tasks: [
        { name: '社区工作者培训', content: '全年培训 200 人次', amount: '10', amountFiscal: '10' },
      ],
      budget: { total: '10', fiscal: '10', special: '0', other: '0', basic: '0', project: '10' },
      indicators: TRAINING_ROWS,
    }),
    201,
    'unit target',
  );
  return review('unit-targets', doc.id, stage);
}

async function monitoring(stage: Stage): Promise<Body> {
  const t = await target('approved');
  const created = ok(
    await api.unit.post<Body>('/api/monitoring', { targetId: t.id, month: 6 }),
    201,
    'monitoring',
  );
  if (stage === 'draft') return created;
  ok(
    await api.unit.put<Body>(`/api/monitoring/${created.id}`, {
      ...created,
      executed: '5',
      expectedExecuted: '10',
      indicators: [
        { progress: '1.6万元', expected: '3.2万元' },
        { progress: '100人次', expected: '200人次' },
        { progress: '96%', expected: '96%' },
        { progress: '', likelihood: 'certain' },
        { progress: '97%', expected: '97%' },
      ],
    }),
    200,
    'monitoring content',
  );
  return review('monitoring', created.id, stage);
}

const ACTUAL = ['3万元', '200人次', '96%', '已完成', '97%'];

/** A self-evaluation with every target met (100.00, 优), walked to `stage`. */
async function evaluation(stage: Stage | 'empty', year = 2026): Promise<Body> {
  const t = await target('approved', year);
  const ev = ok(
    await api.unit.post<Body>('/api/evaluations', { targetId: t.id }),
    201,
    'evaluation',
  );
  if (stage === 'empty') return ev;
  const budget = ev.budget as Record<string, string>;
  const fund = ev.fundManagement as Record<string, unknown>[];
  ok(
    await api.unit.put<Body>(`/api/evaluations/${ev.id}`, {
      ...ev,
      budget: { ...budget, executed: '10' },
      fundManagement: fund.map((f) => ({ ...f, score: '5' })),
      indicators: TRAINING_ROWS.map((r, i) => ({ ...r, actual: ACTUAL[i] })),
      summary: '全面完成年度培训任务',
    }),
    200,
    'evaluation content',
  );
  return review('evaluations', ev.id, stage);
}

async function rectification(stage: 'open' | 'answered' | 'closed'): Promise<Body> {
  let item = ok(
    await api.finance.post<Body>('/api/rectifications', {
      source: 'evaluations',
      documentId: demoEvaluation,
      requirement: `补充绩效佐证材料（第 ${next()} 项）`,
      deadline: '2024-06-30',
    }),
    201,
    'rectification',
  );
  if (stage !== 'open')
    item = ok(
      await api.unit.post<Body>(`/api/rectifications/${item.id}/answer`, {
        answer: '已补充培训签到表和结业证书',
      }),
      200,
      'answer',
    );
  if (stage === 'closed')
    item = ok(
      await api.finance.post<Body>(`/api/rectifications/${item.id}/close`, { comment: '整改到位' }),
      200,
      'close',
    );
  return item;
}

async function newOrg(): Promise<Body> {
  const n = next();
  return ok(
    await api.admin.post<Body>('/api/orgs', {
      code: `XG-SCB-9${n}`,
      name: `西工区社区服务站（${n}）`,
      type: 'unit',
      parentId: org['XG-SCB'].id,
    }),
    201,
    'org',
  );
}

async function newUser(): Promise<Body> {
  return ok(
    await api.admin.post<Body>('/api/users', {
      username: `clerk${next()}`,
      name: '社区服务站填报员',
      role: 'unit',
      orgId: org['XG-SCB-001'].id,
      password: PASSWORDS.created,
    }),
    201,
    'user',
  );
}

async function newIndicator(): Promise<Body> {
  return ok(
    await api.admin.post<Body>('/api/indicators', {
      level1: '产出指标',
      level2: '数量指标',
      name: `培训场次（${next()}）`,
      unit: '场',
      direction: 'positive',
    }),
    201,
    'indicator',
  );
}

async function newDeadline(kind = 'monitoring'): Promise<Body> {
  const year = freshYear('deadlines');
  return ok(
    await api.admin.post<Body>('/api/deadlines', {
      year,
      kind,
      dueDate: `${year}-07-15`,
      remindDays: 10,
      note: '请按时报送',
    }),
    201,
    'deadline',
  );
}

/** An unread notification of the demo unit clerk; a reminders run makes one when there is none. */
async function unreadNotification(): Promise<Body> {
  const unread = async () =>
    (
      await api.unit.get<Body[]>(
        `/api/notifications${listQuery({ filter: { read: false }, range: [0, 0] })}`,
      )
    ).body[0];
  const found = await unread();
  if (found) return found;
  const d = await newDeadline('targets');
  const run = ok(
    await api.admin.post<Body>('/api/jobs/reminders', { date: `${String(d.year)}-07-10` }),
    202,
    'reminders',
  );
  await finished(api.admin, run.jobId);
  const made = await unread();
  if (!made) throw new Error('the reminders made no notification for the unit clerk');
  return made;
}

const get = async (who: Who, path: string) => ok(await api[who].get<Body>(path), 200, path);
const completed = async (who: Who, reply: Reply) => {
  const job = await finished(api[who], reply.body.jobId);
  if (job.state !== 'completed') throw new Error(`job failed: ${JSON.stringify(job)}`);
  return job;
};

// ——— the recipes: one or more successful calls per mutation route ———

/** POST /api/<resource>: the row holds what was sent (secrets excepted) and the new id. */
const createRecipe =
  (resource: string, who: Who, body: () => Record<string, unknown>, shown?: string[]): Recipe =>
  async () => {
    const sent = body();
    const after = shown ? Object.fromEntries(shown.map((k) => [k, sent[k]])) : sent;
    return {
      send: (r) => r(api[who], {}, sent),
      rows: (reply) => [{ action: 'create', resource, resourceId: reply.body.id, by: who, after }],
    };
  };

/** PUT /api/<resource>/:id as react-admin sends it (the record read, with changes): before/after. */
const updateRecipe =
  (
    resource: string,
    who: Who,
    make: () => Promise<Body>,
    change: (row: Body) => Record<string, unknown>,
  ): Recipe =>
  async () => {
    const row = await make();
    const fresh = await get(who, `/api/${resource}/${row.id}`);
    const changed = change(fresh);
    return {
      send: (r) => r(api[who], { id: row.id }, { ...fresh, ...changed }),
      rows: () => [
        {
          action: 'update',
          resource,
          resourceId: row.id,
          by: who,
          before: Object.fromEntries(Object.keys(changed).map((k) => [k, fresh[k]])),
          after: changed,
        },
      ],
    };
  };

/** DELETE /api/<resource>/:id: the row keeps what was deleted. */
const deleteRecipe =
  (resource: string, who: Who, make: () => Promise<Body>): Recipe =>
  async () => {
    const row = await make();
    return {
      send: (r) => r(api[who], { id: row.id }),
      rows: () => [
        { action: 'delete', resource, resourceId: row.id, by: who, before: { id: row.id } },
      ],
    };
  };

/** submit / approve / return (and adjust) of a reviewable document. */
const reviewRecipes = (
  resource: string,
  make: (stage: Stage) => Promise<Body>,
  adjust: boolean,
): Record<string, Record<string, Recipe>> => {
  const step =
    (who: Who, action: string, from: Stage, to: string, comment = ''): Recipe =>
    async () => {
      const doc = await make(from);
      return {
        send: (r) => r(api[who], { id: doc.id }, comment ? { comment } : {}),
        rows: () => [
          {
            action,
            resource,
            resourceId: doc.id,
            by: who,
            before: { status: from },
            after: { status: to, comment },
          },
        ],
      };
    };
  return {
    [`POST /api/${resource}/:id/submit`]: {
      项目单位提交: step('unit', 'submit', 'draft', 'submitted'),
    },
    [`POST /api/${resource}/:id/approve`]: {
      主管部门审核通过: step('dept', 'approve', 'submitted', 'dept_approved', '同意'),
      财政局审核通过: step('finance', 'approve', 'dept_approved', 'approved'),
    },
    [`POST /api/${resource}/:id/return`]: {
      主管部门退回: step('dept', 'return', 'submitted', 'returned', '请补充效益指标的依据'),
      财政局退回: step('finance', 'return', 'dept_approved', 'returned', '成本指标偏高'),
    },
    ...(adjust
      ? {
          [`POST /api/${resource}/:id/adjust`]: {
            项目单位发起调整: async () => {
              const doc = await make('approved');
              return {
                send: (r) => r(api.unit, { id: doc.id }, { comment: '培训人次调整为 240 人次' }),
                rows: (reply) => [
                  {
                    action: 'adjust',
                    resource,
                    resourceId: reply.body.id,
                    by: 'unit',
                    after: { status: 'draft', revision: 2, current: false },
                  },
                ],
              };
            },
          },
        }
      : {}),
  };
};

/** A new document made from another record (a project, an approved target table). */
const madeFrom =
  (
    resource: string,
    make: () => Promise<Body>,
    body: (from: Body) => Record<string, unknown>,
    after: (from: Body) => Record<string, unknown>,
  ): Recipe =>
  async () => {
    const from = await make();
    return {
      send: (r) => r(api.unit, {}, body(from)),
      rows: (reply) => [
        { action: 'create', resource, resourceId: reply.body.id, by: 'unit', after: after(from) },
      ],
    };
  };

const RECIPES: Record<string, Record<string, Recipe>> = {
  'POST /api/auth/login': {
    登录成功: async () => ({
      send: (r) => r(new Api(server.url), {}, { username: 'manager', password: PASSWORDS.demo }),
      rows: (reply) => {
        tokens['a login token'] = String(reply.body.accessToken);
        return [{ action: 'login', resource: 'auth', resourceId: me.manager.id, by: 'manager' }];
      },
    }),
    // Declared: a failed login is refused (401) AND audited, with the name tried and no user.
    登录失败也记录: async () => ({
      send: (r) => r(new Api(server.url), {}, { username: 'manager', password: PASSWORDS.wrong }),
      status: 401,
      rows: () => [
        {
          action: 'login_failed',
          resource: 'auth',
          resourceId: me.manager.id,
          by: { username: 'manager' },
          after: { reason: 'wrong_password' },
        },
      ],
    }),
  },
  'POST /api/auth/board-session': {
    打开任务队列面板: async () => ({
      send: (r) => r(api.admin),
      rows: (reply) => {
        const cookie = reply.headers.get('set-cookie') ?? '';
        tokens['the board cookie'] = /bp_board=([^;]+)/.exec(cookie)?.[1] ?? '';
        expect(tokens['the board cookie']).not.toBe('');
        return [
          {
            action: 'board_session',
            resource: 'auth',
            resourceId: me.admin.id,
            by: 'admin',
            after: { path: '/admin/queues', expiresIn: 600 },
          },
        ];
      },
    }),
  },

  'POST /api/orgs': {
    新建预算单位: createRecipe('orgs', 'admin', () => ({
      code: `XG-SCB-8${next()}`,
      name: '西工区社区综合服务站',
      type: 'unit',
      parentId: org['XG-SCB'].id,
    })),
  },
  'PUT /api/orgs/:id': {
    改名: updateRecipe('orgs', 'admin', newOrg, () => ({ name: '西工区社区综合服务中心' })),
  },
  'DELETE /api/orgs/:id': { 删除: deleteRecipe('orgs', 'admin', newOrg) },

  'POST /api/users': {
    // The password is sent and stored as a hash; the row shows neither.
    新建账号: createRecipe(
      'users',
      'admin',
      () => ({
        username: `clerk${next()}`,
        name: '社区服务站填报员',
        role: 'unit',
        orgId: org['XG-SCB-001'].id,
        password: PASSWORDS.created,
      }),
      ['username', 'name', 'role', 'orgId'],
    ),
  },
  'PUT /api/users/:id': {
    修改姓名: updateRecipe('users', 'admin', newUser, () => ({ name: '社区服务站审核员' })),
    修改密码: async () => {
      const u = await get('admin', `/api/users/${(await newUser()).id}`);
      return {
        send: (r) => r(api.admin, { id: u.id }, { ...u, password: PASSWORDS.changed }),
        rows: () => [
          {
            action: 'update_password',
            resource: 'users',
            resourceId: u.id,
            by: 'admin',
            before: { username: u.username, disabled: false },
            after: { username: u.username, disabled: false },
          },
        ],
      };
    },
    停用账号: updateRecipe('users', 'admin', newUser, () => ({ disabled: true })),
  },
  'DELETE /api/users/:id': { 删除: deleteRecipe('users', 'admin', newUser) },

  'POST /api/projects': {
    项目单位入库: createRecipe('projects', 'unit', () => ({
      year: 2026,
      code: `SJ-NEW-${next()}`,
      name: '老旧小区物业管理补助',
      type: 'specific',
      amountTotal: '25.5',
      amountFiscal: '20',
      amountSpecial: '0',
      amountOther: '5.5',
    })),
  },
  'PUT /api/projects/:id': {
    项目单位修改: updateRecipe(
      'projects',
      'unit',
      () => project(),
      () => ({
        name: '社区工作者培训（扩大范围）',
      }),
    ),
    // Administrators keep projects too (e.g. for a unit without a clerk).
    管理员修改: updateRecipe(
      'projects',
      'admin',
      () => project(),
      () => ({
        purpose: '社区工作者和志愿者培训',
      }),
    ),
  },
  'DELETE /api/projects/:id': { 删除: deleteRecipe('projects', 'unit', () => project()) },

  'POST /api/indicators': {
    入库: createRecipe('indicators', 'admin', () => ({
      level1: '效益指标',
      level2: '社会效益指标',
      name: `居民参与社区议事次数（${next()}）`,
      direction: 'positive',
    })),
  },
  'PUT /api/indicators/:id': {
    补充解释: updateRecipe('indicators', 'admin', newIndicator, () => ({
      explanation: '全年社区议事会召开次数',
    })),
  },
  'DELETE /api/indicators/:id': { 删除: deleteRecipe('indicators', 'admin', newIndicator) },

  'POST /api/deadlines': {
    设置自评截止日期: async () => {
      const year = freshYear('deadlines');
      return createRecipe('deadlines', 'admin', () => ({
        year,
        kind: 'evaluations',
        dueDate: `${year + 1}-03-31`,
        remindDays: 15,
      }))();
    },
  },
  'PUT /api/deadlines/:id': {
    延期: updateRecipe(
      'deadlines',
      'admin',
      () => newDeadline(),
      (d) => ({
        dueDate: `${String(d.year)}-08-15`,
      }),
    ),
  },
  'DELETE /api/deadlines/:id': { 删除: deleteRecipe('deadlines', 'admin', () => newDeadline()) },

  'POST /api/targets': {
    项目单位填报: madeFrom(
      'targets',
      () => project(),
      (p) => ({ projectId: p.id, goals: ['完成培训'], indicators: TRAINING_ROWS }),
      (p) => ({ projectId: p.id, status: 'draft', revision: 1, indicators: 5 }),
    ),
  },
  'PUT /api/targets/:id': {
    修改目标: updateRecipe(
      'targets',
      'unit',
      () => target('draft'),
      () => ({
        goals: ['全年完成社区工作者培训 240 人次'],
      }),
    ),
  },
  'DELETE /api/targets/:id': { 删除草稿: deleteRecipe('targets', 'unit', () => target('draft')) },
  ...reviewRecipes('targets', (s) => target(s), true),

  'POST /api/unit-targets': {
    项目单位填报: async () => {
      const year = freshYear('unitTargets');
      return {
        send: (r) => r(api.unit, {}, { year, goals: ['保障正常运转'], indicators: TRAINING_ROWS }),
        rows: (reply) => [
          {
            action: 'create',
            resource: 'unit-targets',
            resourceId: reply.body.id,
            by: 'unit',
            after: { year, orgId: org['XG-SCB-001'].id, status: 'draft', indicators: 5 },
          },
        ],
      };
    },
  },
  'PUT /api/unit-targets/:id': {
    修改目标: updateRecipe(
      'unit-targets',
      'unit',
      () => unitTarget('draft'),
      () => ({
        goals: ['保障社区治理创新工作正常运转', '提升社区服务满意度'],
      }),
    ),
  },
  'DELETE /api/unit-targets/:id': {
    删除草稿: deleteRecipe('unit-targets', 'unit', () => unitTarget('draft')),
  },
  ...reviewRecipes('unit-targets', (s) => unitTarget(s), true),

  'POST /api/monitoring': {
    按批复目标生成监控表: madeFrom(
      'monitoring',
      () => target('approved'),
      (t) => ({ targetId: t.id, month: 9 }),
      (t) => ({ targetId: t.id, month: 9, status: 'draft' }),
    ),
  },
  'PUT /api/monitoring/:id': {
    填写执行数: updateRecipe(
      'monitoring',
      'unit',
      () => monitoring('draft'),
      () => ({
        executed: '4',
      }),
    ),
  },
  'DELETE /api/monitoring/:id': {
    删除草稿: deleteRecipe('monitoring', 'unit', () => monitoring('draft')),
  },
  ...reviewRecipes('monitoring', (s) => monitoring(s), false),

  'POST /api/evaluations': {
    按批复目标生成自评表: madeFrom(
      'evaluations',
      () => target('approved'),
      (t) => ({ targetId: t.id }),
      (t) => ({ targetId: t.id, status: 'draft', kind: 'project' }),
    ),
  },
  'PUT /api/evaluations/:id': {
    填写完成值并计分: async () => {
      const ev = await evaluation('empty');
      const budget = ev.budget as Record<string, string>;
      const fund = ev.fundManagement as Record<string, unknown>[];
      return {
        send: (r) =>
          r(
            api.unit,
            { id: ev.id },
            {
              ...ev,
              budget: { ...budget, executed: '10' },
              fundManagement: fund.map((f) => ({ ...f, score: '5' })),
              indicators: TRAINING_ROWS.map((row, i) => ({ ...row, actual: ACTUAL[i] })),
              summary: '全面完成年度培训任务',
            },
          ),
        rows: () => [
          {
            action: 'update',
            resource: 'evaluations',
            resourceId: ev.id,
            by: 'unit',
            before: { total: ev.total, grade: ev.grade },
            after: { total: '100.00', grade: '优' },
          },
        ],
      };
    },
  },
  'DELETE /api/evaluations/:id': {
    删除草稿: deleteRecipe('evaluations', 'unit', () => evaluation('empty')),
  },
  ...reviewRecipes('evaluations', (s) => evaluation(s), false),
  'POST /api/evaluations/:id/recheck': {
    财政局复核打分: async () => {
      const ev = await evaluation('dept_approved');
      const items = [
        { section: 'indicators', index: 1, score: '18', reason: '培训人次含重复签到' },
      ];
      return {
        send: (r) =>
          r(api.finance, { id: ev.id }, { items, comment: '按签到表核减', version: ev.version }),
        rows: () => [
          {
            action: 'recheck',
            resource: 'evaluations',
            resourceId: ev.id,
            by: 'finance',
            before: { total: '100.00', reviewTotal: null, finalGrade: '优' },
            after: { reviewTotal: '98.00', finalGrade: '优', items },
          },
        ],
      };
    },
  },
  'POST /api/evaluations/sample': {
    财政局按种子抽评: async () => ({
      send: (r) => r(api.finance, {}, { year: 2023, percent: '30', seed: 'xg-audit-2023' }),
      rows: (reply) => [
        {
          action: 'sample',
          resource: 'evaluations',
          resourceId: null,
          by: 'finance',
          after: {
            year: 2023,
            percent: '30',
            seed: 'xg-audit-2023',
            evaluationIds: (reply.body.evaluations as { id: number }[]).map((e) => e.id),
          },
        },
      ],
    }),
  },

  'POST /api/result-applications/generate': {
    财政局生成结果应用清单: async () => {
      const year = freshYear('evaluations');
      await evaluation('approved', year);
      return {
        send: (r) => r(api.finance, {}, { year }),
        rows: () => [
          {
            action: 'generate',
            resource: 'result-applications',
            resourceId: null,
            by: 'finance',
            after: { year, budgetYear: year + 1, created: 1 },
          },
        ],
      };
    },
  },
  'PUT /api/result-applications/:id': {
    财政局作出处理决定: async () => {
      const year = freshYear('evaluations');
      await evaluation('approved', year);
      ok(
        await api.finance.post<Body>('/api/result-applications/generate', { year }),
        200,
        'generate',
      );
      const row = (
        await api.finance.get<Body[]>(`/api/result-applications${listQuery({ filter: { year } })}`)
      ).body[0];
      const decision = { decision: '保持', comment: '绩效优良，下年度预算保持' };
      return {
        send: (r) => r(api.finance, { id: row.id }, { ...row, ...decision }),
        rows: () => [
          {
            action: 'decide',
            resource: 'result-applications',
            resourceId: row.id,
            by: 'finance',
            before: { decision: null, comment: '' },
            after: decision,
          },
        ],
      };
    },
  },
  'PUT /api/result-rules/:id': {
    财政局修改区域规则: async () => {
      const rule = await get('finance', `/api/result-rules/${org['410303'].id}`);
      const rules = { 优: '优先保障', 良: '保持', 中: '压减或取消', 差: '压减或取消' };
      return {
        send: (r) => r(api.finance, { id: rule.id }, { ...rule, rules }),
        rows: () => [
          {
            action: 'update',
            resource: 'result-rules',
            resourceId: org['410303'].id,
            by: 'finance',
            before: { rules: rule.rules },
            after: { rules },
          },
        ],
      };
    },
  },

  'POST /api/rectifications': {
    财政局下达整改: async () => {
      const body = {
        source: 'evaluations',
        documentId: demoEvaluation,
        requirement: '补充培训签到表等绩效佐证材料',
        deadline: '2024-06-30',
      };
      return {
        send: (r) => r(api.finance, {}, body),
        rows: (reply) => [
          {
            action: 'create',
            resource: 'rectifications',
            resourceId: reply.body.id,
            by: 'finance',
            after: { ...body, status: 'open', openedBy: me.finance.id },
          },
        ],
      };
    },
  },
  'PUT /api/rectifications/:id': {
    财政局修改整改要求: async () => {
      const item = await rectification('open');
      const change = { requirement: '补充签到表和结业证书', deadline: '2024-07-31' };
      return {
        send: (r) => r(api.finance, { id: item.id }, { ...item, ...change }),
        rows: () => [
          {
            action: 'update',
            resource: 'rectifications',
            resourceId: item.id,
            by: 'finance',
            before: { requirement: item.requirement, deadline: '2024-06-30' },
            after: change,
          },
        ],
      };
    },
  },
  'POST /api/rectifications/:id/answer': {
    项目单位反馈: async () => {
      const item = await rectification('open');
      const answer = '已补充培训签到表和结业证书';
      return {
        send: (r) => r(api.unit, { id: item.id }, { answer, version: item.version }),
        rows: () => [
          {
            action: 'answer',
            resource: 'rectifications',
            resourceId: item.id,
            by: 'unit',
            before: { status: 'open', answer: '' },
            after: { status: 'answered', answer },
          },
        ],
      };
    },
  },
  'POST /api/rectifications/:id/close': {
    财政局销号: async () => {
      const item = await rectification('answered');
      return {
        send: (r) => r(api.finance, { id: item.id }, { comment: '整改到位' }),
        rows: () => [
          {
            action: 'close',
            resource: 'rectifications',
            resourceId: item.id,
            by: 'finance',
            before: { status: 'answered' },
            after: { status: 'closed', comment: '整改到位' },
          },
        ],
      };
    },
  },
  'POST /api/rectifications/:id/reopen': {
    财政局重新打开: async () => {
      const item = await rectification('closed');
      return {
        send: (r) => r(api.finance, { id: item.id }, { comment: '抽查发现签到表不全' }),
        rows: () => [
          {
            action: 'reopen',
            resource: 'rectifications',
            resourceId: item.id,
            by: 'finance',
            before: { status: 'closed' },
            after: { status: 'open', comment: '抽查发现签到表不全' },
          },
        ],
      };
    },
  },

  'POST /api/jobs/recompute': {
    管理员重新计分: async () => {
      const year = freshYear('evaluations');
      await evaluation('approved', year);
      return {
        send: (r) => r(api.admin, {}, { year }),
        settle: (reply) => completed('admin', reply),
        // Scores are current: the job re-scores the year and changes nothing, so only the request.
        rows: (reply) => [
          {
            action: 'request',
            resource: 'jobs',
            resourceId: reply.body.jobId,
            by: 'admin',
            after: { job: 'recompute', year, template: null, queued: true },
          },
        ],
      };
    },
  },
  'POST /api/jobs/reminders': {
    管理员立即发送截止提醒: async () => {
      const d = await newDeadline('evaluations');
      const date = `${String(d.year)}-07-01`;
      return {
        send: (r) => r(api.admin, {}, { date }),
        settle: (reply) => completed('admin', reply),
        // The reminders are messages to the clerks, not changes of a record: the request is audited.
        rows: (reply, job) => {
          expect(job?.result).toMatchObject({ date, deadlines: expect.any(Number) });
          expect(Number(job?.result?.deadlines)).toBeGreaterThanOrEqual(1);
          return [
            {
              action: 'request',
              resource: 'jobs',
              resourceId: reply.body.jobId,
              by: 'admin',
              after: { job: 'reminders', date, queued: true },
            },
          ];
        },
      };
    },
  },
  'POST /api/exports': {
    导出自评表: async () => ({
      send: (r) => r(api.unit, {}, { type: 'evaluations', ids: [demoEvaluation] }),
      settle: (reply) => completed('unit', reply),
      rows: (reply) => [
        {
          action: 'request',
          resource: 'jobs',
          resourceId: reply.body.jobId,
          by: 'unit',
          after: { job: 'export', type: 'evaluations', ids: [demoEvaluation], queued: true },
        },
      ],
    }),
  },
  'POST /api/imports': {
    导入目标表为调整草稿: async () => {
      const approved = await target('approved');
      const { file } = await exportFile(api.unit, 'targets', [approved.id]);
      const form = new FormData();
      form.set('type', 'targets');
      form.set('file', new Blob([new Uint8Array(file)]), '项目绩效目标表.xlsx');
      return {
        send: (r) => r(api.unit, {}, form),
        settle: (reply) => completed('unit', reply),
        // Who asked, then what the job changed on their behalf: a new revision (调整) as a draft.
        rows: (reply, job) => [
          {
            action: 'request',
            resource: 'jobs',
            resourceId: reply.body.jobId,
            by: 'unit',
            after: {
              job: 'import',
              type: 'targets',
              filename: '项目绩效目标表.xlsx',
              queued: true,
            },
          },
          {
            action: 'adjust',
            resource: 'targets',
            resourceId: job?.result?.imported?.[0]?.id ?? 'missing',
            by: 'unit',
            after: { projectId: approved.projectId, status: 'draft', revision: 2 },
          },
        ],
      };
    },
  },
  'PUT /api/notifications/:id': {
    标为已读: async () => {
      const n = await unreadNotification();
      return {
        send: (r) => r(api.unit, { id: n.id }, { ...n, read: true }),
        rows: () => [
          {
            action: 'update',
            resource: 'notifications',
            resourceId: n.id,
            by: 'unit',
            before: { read: false },
            after: { read: true },
          },
        ],
      };
    },
  },
};

/** POST routes that change nothing, with the reason; calling them leaves no audit row. */
const NOT_MUTATIONS: Record<string, { reason: string; send: (route: Send) => Promise<Reply> }> = {
  'POST /api/scoring/preview': {
    reason: '评分试算：按提交的表计算并解释得分，不保存任何数据（POST 只因表单较大）',
    send: (r) => r(api.unit, {}, projectToSheet(SEED_002_PROJECTS[0], { scores: 'published' })),
  },
};

/** A request to `route` ("METHOD /api/path/:id"). */
function bind(route: string): Send {
  const [method, pattern] = route.split(' ');
  return async (who, params = {}, body) => {
    const path = pattern.replace(/:(\w+)/g, (_, key: string) => {
      if (params[key] === undefined) throw new Error(`${route}: no :${key}`);
      return encodeURIComponent(String(params[key]));
    });
    if (body instanceof FormData) {
      const res = await fetch(`${who.base}${path}`, {
        method,
        headers: who.token ? { authorization: `Bearer ${who.token}` } : {},
        body,
      });
      const text = await res.text();
      return { status: res.status, body: JSON.parse(text) as Body, headers: res.headers };
    }
    return who.request<Body>(method, path, method === 'DELETE' ? undefined : (body ?? {}));
  };
}

const shape = (r: AuditRow) => ({
  action: r.action,
  resource: r.resource,
  resourceId: r.resourceId,
  userId: r.userId,
  username: r.username,
  before: r.before,
  after: r.after,
});

function wanted(e: Expected) {
  return {
    action: e.action,
    resource: e.resource,
    resourceId: e.resourceId === null ? null : String(e.resourceId),
    userId: typeof e.by === 'string' ? me[e.by].id : null,
    username: typeof e.by === 'string' ? e.by : e.by.username,
    before: e.before ? expect.objectContaining(e.before) : null,
    after: e.after ? expect.objectContaining(e.after) : null,
  };
}

const mutationRoutes = () =>
  routes.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('audit log over every mutation route', () => {
  it('has a recipe for every mutation route of the running router, and only for those', () => {
    const mutations = mutationRoutes();
    expect(mutations.length).toBeGreaterThan(40);
    const overlap = Object.keys(NOT_MUTATIONS).filter((k) => k in RECIPES);
    expect(overlap).toEqual([]);
    // A new mutation route fails here until it has a recipe (or is declared a non-mutation).
    expect(mutations.filter((k) => !(k in RECIPES) && !(k in NOT_MUTATIONS))).toEqual([]);
    expect(
      [...Object.keys(RECIPES), ...Object.keys(NOT_MUTATIONS)].filter(
        (k) => !mutations.includes(k),
      ),
    ).toEqual([]);
  });

  for (const [route, cases] of Object.entries(RECIPES)) {
    for (const [label, recipe] of Object.entries(cases)) {
      it(`${route} · ${label}: exactly its audit rows`, async () => {
        const call = await recipe();
        const mark = await lastAuditId(api.admin);
        const reply = await call.send(bind(route));
        const good =
          call.status === undefined
            ? reply.status >= 200 && reply.status < 300
            : reply.status === call.status;
        if (!good)
          throw new Error(`${route} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
        const job = await call.settle?.(reply);
        const expected = call.rows(reply, job);
        const rows = await auditSince(api.admin, mark);
        expect(rows.map(shape)).toEqual(expected.map(wanted));
        // A row of a scoped caller lies in the caller's subtree, so its finance bureau reads it.
        for (const [i, e] of expected.entries()) {
          if (typeof e.by !== 'string' || e.by === 'admin') continue;
          const path = me[e.by].orgPath ?? '';
          expect({ row: rows[i].id, inScope: (rows[i].orgPath ?? '').startsWith(path) }).toEqual({
            row: rows[i].id,
            inScope: true,
          });
        }
        rowsChecked += rows.length;
        if (call.status === undefined) covered.add(route);
      });
    }
  }

  it('leaves no audit row for the POST routes that change nothing', async () => {
    for (const [route, { reason, send }] of Object.entries(NOT_MUTATIONS)) {
      expect(reason).not.toBe('');
      const mark = await lastAuditId(api.admin);
      const reply = await send(bind(route));
      expect({ route, status: reply.status }).toEqual({ route, status: 200 });
      expect(await auditSince(api.admin, mark)).toEqual([]);
    }
  });

  it('leaves no audit row for a refused or failed call', async () => {
    const p = await project();
    const t = await target('submitted');
    const refused: [string, () => Promise<Reply>, number][] = [
      ['anonymous', () => new Api(server.url).post<Body>('/api/orgs', { code: 'X' }), 401],
      [
        'role without the permission',
        () => api.unit.put<Body>(`/api/users/${me.unit.id}`, { name: 'x' }),
        403,
      ],
      [
        'outside the caller’s subtree',
        () => api.luolong.put<Body>(`/api/projects/${p.id}`, { ...p, name: '越权修改' }),
        404,
      ],
      [
        'invalid amount',
        () => api.unit.put<Body>(`/api/projects/${p.id}`, { ...p, amountTotal: '十万' }),
        400,
      ],
      [
        'stale version',
        () => api.unit.put<Body>(`/api/projects/${p.id}`, { ...p, version: p.version + 5 }),
        409,
      ],
      [
        'return without a comment',
        () => api.dept.post<Body>(`/api/targets/${t.id}/return`, {}),
        400,
      ],
      [
        'unknown scoring template',
        () => api.admin.post<Body>('/api/jobs/recompute', { year: 2023, template: 'no-such' }),
        400,
      ],
      [
        'export of another region’s document',
        () =>
          api.luolong.post<Body>('/api/exports', { type: 'evaluations', ids: [demoEvaluation] }),
        404,
      ],
      [
        'someone else’s notification',
        () => api.unit.put<Body>('/api/notifications/99999999', { read: true }),
        404,
      ],
    ];
    for (const [what, call, status] of refused) {
      const mark = await lastAuditId(api.admin);
      const reply = await call();
      expect({ what, status: reply.status }).toEqual({ what, status });
      expect({ what, rows: await auditSince(api.admin, mark) }).toEqual({ what, rows: [] });
    }
  });

  it('offers no route that changes or deletes an audit row', async () => {
    expect(
      routes.filter((r) => r.path.startsWith('/api/audit-logs') && r.method !== 'GET'),
    ).toEqual([]);
    const id = await lastAuditId(api.admin);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'])
      expect({
        method,
        status: (await api.admin.request(method, `/api/audit-logs/${id}`, '{}')).status,
      }).toEqual({
        method,
        status: 404,
      });
    expect((await api.admin.get<AuditRow>(`/api/audit-logs/${id}`)).body.id).toBe(id);
  });

  it('never holds a password, a hash, a token or the secret, in any audit row or log line of the run', async () => {
    const secrets: Record<string, string> = {
      'the JWT secret': JWT_SECRET,
      'the demo password': PASSWORDS.demo,
      'a new user’s password': PASSWORDS.created,
      'a changed password': PASSWORDS.changed,
      'a wrong password tried': PASSWORDS.wrong,
      ...tokens,
    };
    expect(Object.keys(tokens)).toEqual(
      expect.arrayContaining(["admin's token", 'a login token', 'the board cookie']),
    );
    const rows = await allAuditRows(DATABASE);
    expect(rows.length).toBeGreaterThan(rowsChecked);
    const leaks = rows.flatMap((row) => {
      const text = JSON.stringify(row);
      const found = secretsIn(text, secrets);
      if (/"(password|passwordHash|token|accessToken)"\s*:/.test(text)) found.push('a secret key');
      return found.length ? [`audit row ${String(row.id)}: ${found.join(', ')}`] : [];
    });
    expect(leaks).toEqual([]);
    // Without colours (a terminal or CI=true makes the loggers add them): the text as written.
    // eslint-disable-next-line no-control-regex
    const log = server.output().replace(/\x1b\[[0-9;]*m/g, '');
    // The log is verbose (SQL included), so it says something about every call above.
    expect(log).toContain('INSERT INTO `audit_logs`');
    const logLeaks = log.split('\n').flatMap((line, i) => {
      const found = secretsIn(line, secrets);
      return found.length ? [`log line ${i + 1}: ${found.join(', ')}`] : [];
    });
    expect(logLeaks).toEqual([]);
    process.stdout.write(
      `secrets: ${rows.length} audit rows and ${log.split('\n').length} log lines scanned, none found\n`,
    );
  });
});
