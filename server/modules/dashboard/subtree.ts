import type { DataSource } from 'typeorm';
import type { OrgType } from '../../../shared/domain/enums';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/http/domain-error';
import { decimalStorage, encodeDecimal } from '../../database/decimal';

/** The organisation a figure is computed for; `id: null` is the whole tree (admin: 全部区域). */
export interface OrgNode {
  id: number | null;
  code: string | null;
  name: string;
  type: OrgType | null;
  path: string;
}

export const ROOT: OrgNode = { id: null, code: null, name: '全部区域', type: null, path: '/' };

/** Parses an optional positive integer query parameter; anything else is a 400 naming it. */
export function intParam(
  value: unknown,
  name: string,
  label: string,
  range: [number, number] = [1, 2 ** 31 - 1],
): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && /^\d{1,10}$/.test(value)) {
    const n = Number(value);
    if (n >= range[0] && n <= range[1]) return n;
  }
  const message = `${label}必须是 ${range[0]}–${range[1]} 之间的整数`;
  throw new DomainError('VALIDATION', message, { [name]: message });
}

/**
 * The node a caller asked for: `orgId` when it lies in the caller's subtree (otherwise 404, as for
 * any record outside it), else the caller's own organisation (admin: the whole tree).
 */
export async function resolveNode(
  db: DataSource,
  user: AuthUser,
  orgId: number | undefined,
): Promise<OrgNode> {
  if (orgId === undefined) {
    if (user.orgPath === null || user.orgId === null) {
      if (user.role !== 'admin') throw notFound('组织');
      return ROOT;
    }
    orgId = user.orgId;
  }
  const rows: { id: number; code: string; name: string; type: OrgType; path: string }[] =
    await db.query('SELECT id, code, name, type, path FROM orgs WHERE id = ?', [orgId]);
  const row = rows[0];
  if (!row) throw notFound('组织');
  if (user.orgPath !== null && !row.path.startsWith(user.orgPath)) throw notFound('组织');
  if (user.orgPath === null && user.role !== 'admin') throw notFound('组织');
  return { id: Number(row.id), code: row.code, name: row.name, type: row.type, path: row.path };
}

type OrgRow = {
  id: number;
  code: string;
  name: string;
  type: OrgType;
  path: string;
  parentId: number | null;
};

/**
 * The node and its direct children in one query (the dashboard's one round trip before its
 * aggregates, or none at all for the caller's own node: its path is known from the login).
 */
export async function nodeWithChildren(
  db: DataSource,
  user: AuthUser,
  orgId: number | undefined,
): Promise<{ node: OrgNode; children: OrgNode[] }> {
  const id = orgId ?? user.orgId;
  if (id === null) {
    if (user.role !== 'admin') throw notFound('组织');
    return { node: ROOT, children: await childrenOf(db, ROOT) };
  }
  const rows: OrgRow[] = await db.query(
    'SELECT id, code, name, type, path, parentId FROM orgs WHERE id = ? OR parentId = ? ORDER BY code',
    [id, id],
  );
  const toNode = (r: OrgRow): OrgNode => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    type: r.type,
    path: r.path,
  });
  const row = rows.find((r) => Number(r.id) === id);
  if (!row) throw notFound('组织');
  if (user.orgPath !== null && !row.path.startsWith(user.orgPath)) throw notFound('组织');
  if (user.orgPath === null && user.role !== 'admin') throw notFound('组织');
  return { node: toNode(row), children: rows.filter((r) => r !== row).map(toNode) };
}

/** The direct children of a node (regions for the whole tree), in code order. */
export async function childrenOf(db: DataSource, node: OrgNode): Promise<OrgNode[]> {
  const rows: { id: number; code: string; name: string; type: OrgType; path: string }[] =
    node.id === null
      ? await db.query(
          'SELECT id, code, name, type, path FROM orgs WHERE parentId IS NULL ORDER BY code',
        )
      : await db.query(
          'SELECT id, code, name, type, path FROM orgs WHERE parentId = ? ORDER BY code',
          [node.id],
        );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/**
 * SQL for "which child of the node does organisation `alias` lie under", as the child's id (0 for
 * the node itself), so that one GROUP BY gives the figures per child. The tree has three levels
 * (region → department → unit, ORG_PARENT_TYPE), so below a region the child is the row itself
 * (a department) or its parent (a unit), and below a department it is the row itself: integer
 * columns, no string work per row. Only the whole tree (admin) cuts the path: the first id of it.
 */
export function childKeySql(path: string, alias = 'o'): string {
  if (!/^\/(\d+\/)*$/.test(path)) throw new Error(`unexpected org path ${path}`);
  const ids = path.split('/').filter(Boolean);
  const o = alias;
  switch (ids.length) {
    case 0:
      return `CASE WHEN ${o}.parentId IS NULL THEN ${o}.id ELSE SUBSTR(${o}.path, 2, INSTR(SUBSTR(${o}.path, 2), '/') - 1) + 0 END`;
    case 1:
      return `CASE WHEN ${o}.id = ${ids[0]} THEN 0 WHEN ${o}.parentId = ${ids[0]} THEN ${o}.id ELSE ${o}.parentId END`;
    case 2:
      return `CASE WHEN ${o}.id = ${ids[1]} THEN 0 ELSE ${o}.id END`;
    default:
      return '0';
  }
}

/** `LIKE` pattern of a subtree (paths are digits and slashes: nothing to escape). */
export const subtreePattern = (node: OrgNode): string => `${node.path}%`;

/**
 * A decimal as a query parameter compared with a DECIMAL column: a string in MySQL, the scaled
 * integer as a number in SQLite (so that the comparison is numeric).
 */
export function decimalParam(value: string, scale: number): string | number {
  const encoded = encodeDecimal(value, scale) as string;
  return decimalStorage() === 'scaled-integer' ? Number(encoded) : encoded;
}

/** The statuses of a self-evaluation that count in figures: handed in (the 抽评 population). */
export const COUNTED_STATUSES = ['submitted', 'dept_approved', 'approved'] as const;
export const COUNTED_SQL = `('submitted', 'dept_approved', 'approved')`;
