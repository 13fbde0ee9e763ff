import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { PermanentJobError } from '../../queue/job-handler';
import { Org } from '../orgs/entities/org.entity';
import { User } from '../users/entities/user.entity';

/**
 * The user a job acts for, read again when the job runs (it may run minutes later, in another
 * process): a user disabled in the meantime, or moved out of the organisation, gets nothing.
 */
export async function jobUser(db: DataSource, userId: unknown): Promise<AuthUser> {
  const id = Number(userId);
  const user = Number.isSafeInteger(id) ? await db.manager.findOneBy(User, { id }) : null;
  if (!user || user.disabled) throw new PermanentJobError('发起任务的账号不存在或已停用');
  const org = user.orgId ? await db.manager.findOneBy(Org, { id: user.orgId }) : null;
  if (user.role !== 'admin' && !org) throw new PermanentJobError('发起任务的账号未分配组织');
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    orgId: user.orgId,
    orgPath: org?.path ?? null,
    orgType: org?.type ?? null,
  };
}
