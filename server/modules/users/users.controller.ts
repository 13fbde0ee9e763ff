import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { IdParam } from '../../common/http/id.pipe';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('用户')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Permission('users.read')
  list(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.users.list(user, query, res);
  }

  @Get(':id')
  @Permission('users.read')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.users.get(user, id);
  }

  @Post()
  @Permission('users.write')
  create(@Body() dto: CreateUserDto, @CurrentUser() user: AuthUser) {
    return this.users.create(user, dto);
  }

  @Put(':id')
  @Permission('users.write')
  update(@IdParam() id: number, @Body() dto: UpdateUserDto, @CurrentUser() user: AuthUser) {
    return this.users.update(user, id, dto);
  }

  @Delete(':id')
  @Permission('users.write')
  remove(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.users.remove(user, id);
  }
}
