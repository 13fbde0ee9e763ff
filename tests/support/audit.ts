import mysql from 'mysql2/promise';
import { Api, listQuery } from './app';
import { connectTest } from './mysql';

/** An audit row as GET /api/audit-logs answers. */
export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  resource: string;
  resourceId: string | null;
  orgPath: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

const PAGE = 1000;

/** The id of the newest audit row (0 when there is none), read by an administrator. */
export async function lastAuditId(admin: Api): Promise<number> {
  const res = await admin.get<AuditRow[]>(
    `/api/audit-logs${listQuery({ sort: ['id', 'DESC'], range: [0, 0] })}`,
  );
  if (res.status !== 200) throw new Error(`audit log: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[0]?.id ?? 0;
}

/** Every audit row written after row `afterId`, oldest first, read by an administrator. */
export async function auditSince(admin: Api, afterId: number): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (let start = 0; ; start += PAGE) {
    const res = await admin.get<AuditRow[]>(
      `/api/audit-logs${listQuery({ sort: ['id', 'DESC'], range: [start, start + PAGE - 1] })}`,
    );
    if (res.status !== 200) throw new Error(`audit log: ${res.status} ${JSON.stringify(res.body)}`);
    const newer = res.body.filter((r) => r.id > afterId);
    rows.push(...newer);
    if (newer.length < res.body.length || res.body.length < PAGE) break;
  }
  return rows.reverse();
}

/** Every row of the `audit_logs` table of a test database, read with SQL (all columns). */
export async function allAuditRows(database: string): Promise<Record<string, unknown>[]> {
  const conn = await connectTest(database);
  try {
    return (await conn.query<mysql.RowDataPacket[]>('SELECT * FROM audit_logs ORDER BY id'))[0];
  } finally {
    await conn.end();
  }
}

/** A signed JWT (header.payload.signature, base64url), wherever it appears. */
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}/;
/** An argon2 password hash. */
const ARGON2 = /\$argon2(id|i|d)\$/;

/**
 * What of `secrets` (name → value), any JWT or any argon2 hash appears in `text`: the names of
 * the findings, so that a failure says what leaked without printing it again.
 */
export function secretsIn(text: string, secrets: Record<string, string>): string[] {
  const found = Object.entries(secrets)
    .filter(([, value]) => value !== '' && text.includes(value))
    .map(([name]) => name);
  if (JWT.test(text)) found.push('a JWT');
  if (ARGON2.test(text)) found.push('an argon2 hash');
  return found;
}
