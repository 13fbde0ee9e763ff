import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/http/crud.controller';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('用户')
@Controller('users')
export class UsersController extends CrudController({
  read: 'users.read',
  write: 'users.write',
  create: CreateUserDto,
  update: UpdateUserDto,
}) {
  constructor(protected readonly service: UsersService) {
    super();
  }
}
