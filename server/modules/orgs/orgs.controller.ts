import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { IdParam } from '../../common/http/id.pipe';
import { CreateOrgDto, UpdateOrgDto } from './dto/org.dto';
import { OrgsService } from './orgs.service';

@ApiTags('组织机构')
@ApiBearerAuth()
@Controller('orgs')
export class OrgsController {
  constructor(private readonly orgs: OrgsService) {}

  @Get()
  @Permission('orgs.read')
  list(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.orgs.list(user, query, res);
  }

  @Get(':id')
  @Permission('orgs.read')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.orgs.get(user, id);
  }

  @Post()
  @Permission('orgs.write')
  create(@Body() dto: CreateOrgDto, @CurrentUser() user: AuthUser) {
    return this.orgs.create(user, dto);
  }

  @Put(':id')
  @Permission('orgs.write')
  update(@IdParam() id: number, @Body() dto: UpdateOrgDto, @CurrentUser() user: AuthUser) {
    return this.orgs.update(user, id, dto);
  }

  @Delete(':id')
  @Permission('orgs.write')
  remove(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.orgs.remove(user, id);
  }
}
