import { AuditLog } from '../modules/audit/entities/audit-log.entity';
import { Org } from '../modules/orgs/entities/org.entity';
import { User } from '../modules/users/entities/user.entity';

/** Every entity of the product, listed once for the app, the CLI and the tests. */
export const ENTITIES = [Org, User, AuditLog];
