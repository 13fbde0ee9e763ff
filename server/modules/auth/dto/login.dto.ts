import { TextField } from '../../../common/validation/fields';

export class LoginDto {
  @TextField('用户名', { max: 64 })
  username!: string;

  @TextField('密码', { max: 128 })
  password!: string;
}
