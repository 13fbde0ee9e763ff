import {
  BoolField,
  EnumField,
  IntField,
  ReadOnlyFields,
  TextField,
} from '../../../common/validation/fields';
import { ROLE_LABELS, ROLES, Role } from '../../../../shared/domain/enums';

const PASSWORD_RULE = /^(?=.*[A-Za-z])(?=.*\d)[\x21-\x7e]{8,64}$/;
const PASSWORD_HINT = '须为 8–64 位，同时包含字母和数字，不含空格';

export class CreateUserDto {
  @TextField('用户名', {
    max: 64,
    pattern: /^[A-Za-z0-9_.-]{3,64}$/,
    patternHint: '须为 3–64 位字母、数字、下划线、点或短横线',
  })
  username!: string;

  @TextField('姓名', { max: 100 })
  name!: string;

  @EnumField('角色', ROLES, { labels: ROLE_LABELS })
  role!: Role;

  @IntField('所属组织', { min: 1, max: 2 ** 31 - 1, optional: true, nullable: true })
  orgId?: number | null;

  @TextField('密码', { max: 64, pattern: PASSWORD_RULE, patternHint: PASSWORD_HINT })
  password!: string;

  @BoolField('停用', { optional: true })
  disabled?: boolean;
}

@ReadOnlyFields('id', 'createdAt', 'updatedAt', 'orgName')
export class UpdateUserDto {
  @TextField('用户名', {
    max: 64,
    pattern: /^[A-Za-z0-9_.-]{3,64}$/,
    patternHint: '须为 3–64 位字母、数字、下划线、点或短横线',
  })
  username!: string;

  @TextField('姓名', { max: 100 })
  name!: string;

  @EnumField('角色', ROLES, { labels: ROLE_LABELS })
  role!: Role;

  @IntField('所属组织', { min: 1, max: 2 ** 31 - 1, optional: true, nullable: true })
  orgId?: number | null;

  /** Optional on update: empty or absent keeps the current password. */
  @TextField('新密码', {
    max: 64,
    optional: true,
    pattern: PASSWORD_RULE,
    patternHint: PASSWORD_HINT,
  })
  password?: string;

  @BoolField('停用', { optional: true })
  disabled?: boolean;

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}
