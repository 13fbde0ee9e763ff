// The list benchmark's baseline: a bare node:http server with a mysql2 pool that answers
// `GET /api/evaluations?filter=&sort=&range=` with the SQL statements the product runs for that
// request (captured with LOG_LEVEL=verbose): the token's user and organisation, the page's ids,
// the page's rows, the total. It checks the bearer token (HS256 with node:crypto, expiry, token
// version, disabled user) and answers the same JSON and Content-Range as the product, so the
// product's throughput is compared with the database work it cannot avoid plus a minimal HTTP layer.
// Only the filters and sort fields the benchmark uses are supported (year, status, kind, orgId;
// any column of SORTABLE); anything else answers 400.
//
// Started by list.mjs as its own process: `node list-baseline.mjs` with DATABASE_URL, JWT_SECRET,
// PORT; prints `listening <port>` when ready.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import mysql from 'mysql2/promise';

const url = new URL(process.env.DATABASE_URL);
const secret = process.env.JWT_SECRET;
const pool = mysql.createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username) || 'root',
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  charset: 'utf8mb4_unicode_ci',
  timezone: 'Z',
  supportBigNumbers: true,
  bigNumberStrings: true,
  decimalNumbers: false,
  connectionLimit: 20, // the product's pool size
});

/** The product's sortable fields (server/modules/evaluations/evaluations.service.ts). */
const SORTABLE = {
  id: 'id',
  year: 'year',
  title: 'title',
  total: 'total',
  reviewTotal: 'reviewTotal',
  finalGrade: 'finalGrade',
  status: 'status',
  updatedAt: 'updatedAt',
  executionRate: 'executionRate',
};
const FILTERS = { year: 'year', status: 'status', kind: 'kind', orgId: 'orgId' };

const E_COLUMNS = [
  'id',
  'kind',
  'targetId',
  'unitTargetId',
  'orgId',
  'year',
  'title',
  'template',
  'status',
  'budgetInitial',
  'budgetAdjusted',
  'budgetExecuted',
  'budgetWeight',
  'fundManagement',
  'goals',
  'summary',
  'reported',
  'result',
  'executionRate',
  'executionScore',
  'total',
  'grade',
  'review',
  'reviewTotal',
  'reviewGrade',
  'finalGrade',
  'sampled',
  'version',
  'createdAt',
  'updatedAt',
];
const O_COLUMNS = [
  'id',
  'code',
  'name',
  'type',
  'parentId',
  'path',
  'version',
  'createdAt',
  'updatedAt',
];
const SELECT = [
  ...E_COLUMNS.map((c) => `\`e\`.\`${c}\` AS \`e_${c}\``),
  ...O_COLUMNS.map((c) => `\`o\`.\`${c}\` AS \`o_${c}\``),
].join(', ');
const JSON_COLUMNS = new Set(['fundManagement', 'goals', 'reported', 'result', 'review']);

const USER_SQL =
  'SELECT `u`.`id` AS id, `u`.`username` AS username, `u`.`name` AS name, `u`.`role` AS role, ' +
  '`u`.`orgId` AS orgId, `u`.`disabled` AS disabled, `u`.`tokenVersion` AS tokenVersion, ' +
  '`o`.`path` AS orgPath, `o`.`type` AS orgType FROM `users` `u` LEFT JOIN `orgs` `o` ' +
  'ON `o`.`id` = `u`.`orgId` WHERE `u`.`id` = ?';

const b64url = (s) => Buffer.from(s, 'base64url');

/** The token's claims, or null when it is not a valid, unexpired HS256 token of `secret`. */
function verify(header) {
  const m = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!m) return null;
  const expected = createHmac('sha256', secret).update(`${m[1]}.${m[2]}`).digest();
  const given = b64url(m[3]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const head = JSON.parse(b64url(m[1]).toString());
  if (head.alg !== 'HS256') return null;
  const claims = JSON.parse(b64url(m[2]).toString());
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) return null;
  return claims;
}

/** DECIMAL as the product writes it: canonical (no trailing zeros) unless the column is fixed. */
const canonical = (s) =>
  s === null ? null : s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;

function view(row) {
  const e = {};
  for (const c of E_COLUMNS) {
    const v = row[`e_${c}`];
    e[c] = JSON_COLUMNS.has(c) && typeof v === 'string' ? JSON.parse(v) : v;
  }
  const { budgetInitial, budgetAdjusted, budgetExecuted, budgetWeight, ...rest } = e;
  return {
    ...rest,
    targetId: rest.targetId === null ? null : Number(rest.targetId),
    sampled: Boolean(rest.sampled),
    orgName: row.o_name,
    budget: {
      initial: canonical(budgetInitial),
      adjusted: canonical(budgetAdjusted),
      executed: canonical(budgetExecuted),
      weight: canonical(budgetWeight),
    },
  };
}

function fail(res, status, message) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ code: status === 401 ? 'UNAUTHORIZED' : 'VALIDATION', message }));
}

async function list(req, res) {
  const claims = verify(req.headers.authorization);
  if (!claims) return fail(res, 401, '登录已失效，请重新登录');
  const [[user]] = await pool.query(USER_SQL, [claims.sub]);
  if (!user || Number(user.disabled) || Number(user.tokenVersion) !== claims.tv)
    return fail(res, 401, '登录已失效，请重新登录');
  const params = new URL(req.url, 'http://x').searchParams;
  const filter = JSON.parse(params.get('filter') ?? '{}');
  const [field, order] = JSON.parse(params.get('sort') ?? '["id","DESC"]');
  const [start, end] = JSON.parse(params.get('range') ?? '[0,24]');
  if (!(field in SORTABLE) || !['ASC', 'DESC'].includes(order)) return fail(res, 400, 'sort');
  const where = [];
  const args = [];
  if (user.orgPath !== null) {
    where.push('`o`.`path` LIKE ?');
    args.push(`${user.orgPath}%`);
  }
  for (const [key, value] of Object.entries(filter)) {
    if (!(key in FILTERS)) return fail(res, 400, `filter.${key}`);
    where.push(`\`e\`.\`${FILTERS[key]}\` = ?`);
    args.push(value);
  }
  const from = '`evaluations` `e` INNER JOIN `orgs` `o` ON `o`.`id` = `e`.`orgId`';
  const cond = where.join(' AND ');
  const col = SORTABLE[field];
  const tie = col === 'id' ? '' : ', `distinctAlias`.`e_id` ASC';
  const [idRows] = await pool.query(
    `SELECT DISTINCT \`distinctAlias\`.\`e_id\` AS \`ids_e_id\`${col === 'id' ? '' : `, \`distinctAlias\`.\`e_${col}\``}, \`distinctAlias\`.\`e_id\` ` +
      `FROM (SELECT ${SELECT} FROM ${from} WHERE ${cond}) \`distinctAlias\` ` +
      `ORDER BY \`distinctAlias\`.\`e_${col}\` ${order}${tie}, \`e_id\` ASC LIMIT ${end - start + 1} OFFSET ${start}`,
    args,
  );
  let rows = [];
  if (idRows.length) {
    [rows] = await pool.query(
      `SELECT ${SELECT} FROM ${from} WHERE ( ${cond} ) AND ( \`e\`.\`id\` IN (${idRows
        .map((r) => Number(r.ids_e_id))
        .join(', ')}) ) ORDER BY \`e\`.\`${col}\` ${order}${col === 'id' ? '' : ', `e`.`id` ASC'}`,
      args,
    );
  }
  const [[{ cnt }]] = await pool.query(
    `SELECT COUNT(DISTINCT \`e\`.\`id\`) AS \`cnt\` FROM ${from} WHERE ${cond}`,
    args,
  );
  const body = JSON.stringify(rows.map(view));
  const last = rows.length === 0 ? start : start + rows.length - 1;
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-range': `evaluations ${start}-${last}/${cnt}`,
  });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' || !req.url.startsWith('/api/evaluations?'))
    return fail(res, 404, 'not found');
  list(req, res).catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    if (!res.headersSent) fail(res, 500, 'error');
  });
});
server.keepAliveTimeout = 5000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
