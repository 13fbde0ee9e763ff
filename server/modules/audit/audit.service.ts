import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditLog } from './entities/audit-log.entity';

/** Keys never written to the audit log, at any depth. */
const SECRET_KEYS = /^(password|passwordHash|token|accessToken|secret|jwtSecret)$/i;

export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 10) return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!SECRET_KEYS.test(k)) out[k] = redact(v, depth + 1);
  }
  return out;
}

export interface AuditEntry {
  user: Pick<AuthUser, 'id' | 'username'> | null;
  username?: string;
  action: string;
  resource: string;
  resourceId?: string | number | null;
  orgPath?: string | null;
  before?: object | null;
  after?: object | null;
  ip?: string | null;
}

function auditRow(entry: AuditEntry) {
  return {
    userId: entry.user?.id ?? null,
    username: entry.user?.username ?? entry.username ?? null,
    action: entry.action,
    resource: entry.resource,
    resourceId:
      entry.resourceId === undefined || entry.resourceId === null ? null : String(entry.resourceId),
    orgPath: entry.orgPath ?? null,
    before: redact(entry.before ?? null) as object | null,
    after: redact(entry.after ?? null) as object | null,
    ip: entry.ip ?? null,
  };
}

/** Inserts without reading the rows back for their defaults (`at`): nothing uses them. */
async function insertRows(em: EntityManager, rows: ReturnType<typeof auditRow>[]): Promise<void> {
  await em.createQueryBuilder().insert().into(AuditLog).values(rows).updateEntity(false).execute();
}

/**
 * Writes audit rows inside the caller's transaction, so that a change and its record are
 * committed together or not at all. Rows are only ever inserted.
 */
@Injectable()
export class AuditService {
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await insertRows(em, [auditRow(entry)]);
  }

  /** One row per entry, in one statement (a job that changes many documents at once). */
  async recordAll(em: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (entries.length) await insertRows(em, entries.map(auditRow));
  }
}
