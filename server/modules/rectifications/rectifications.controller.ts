import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { IdParam } from '../../common/http/id.pipe';
import {
  AnswerRectificationDto,
  CreateRectificationDto,
  RectificationActionDto,
  UpdateRectificationDto,
} from './dto/rectification.dto';
import { RectificationsService } from './rectifications.service';

@ApiTags('问题整改')
@ApiBearerAuth()
@Controller('rectifications')
export class RectificationsController {
  constructor(private readonly service: RectificationsService) {}

  @Get()
  @Permission('rectifications.read')
  list(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.service.list(user, query, res);
  }

  @Get(':id')
  @Permission('rectifications.read')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.service.get(user, id);
  }

  /** 下达整改要求 on a self-evaluation or monitoring report of the region. */
  @Post()
  @Permission('rectifications.write')
  create(@Body() dto: CreateRectificationDto, @CurrentUser() user: AuthUser) {
    return this.service.create(user, dto);
  }

  @Put(':id')
  @Permission('rectifications.write')
  update(
    @IdParam() id: number,
    @Body() dto: UpdateRectificationDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.service.update(user, id, dto);
  }

  /** 反馈整改情况 (the unit). */
  @Post(':id/answer')
  @HttpCode(200)
  @Permission('rectifications.answer')
  answer(
    @IdParam() id: number,
    @Body() dto: AnswerRectificationDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.service.answer(user, id, dto);
  }

  /** 销号 (the finance reviewer). */
  @Post(':id/close')
  @HttpCode(200)
  @Permission('rectifications.write')
  close(@IdParam() id: number, @Body() dto: RectificationActionDto, @CurrentUser() user: AuthUser) {
    return this.service.close(user, id, dto);
  }

  /** 重新打开 with a reason (the finance reviewer). */
  @Post(':id/reopen')
  @HttpCode(200)
  @Permission('rectifications.write')
  reopen(
    @IdParam() id: number,
    @Body() dto: RectificationActionDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.service.reopen(user, id, dto);
  }
}
