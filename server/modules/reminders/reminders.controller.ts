import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { CrudController } from '../../common/http/crud.controller';
import { IdParam } from '../../common/http/id.pipe';
import { DeadlinesService } from './deadlines.service';
import { CreateDeadlineDto, UpdateDeadlineDto, UpdateNotificationDto } from './dto/deadline.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('截止日期与提醒')
@Controller('deadlines')
export class DeadlinesController extends CrudController({
  read: 'deadlines.read',
  write: 'deadlines.write',
  create: CreateDeadlineDto,
  update: UpdateDeadlineDto,
}) {
  constructor(protected readonly service: DeadlinesService) {
    super();
  }
}

@ApiTags('截止日期与提醒')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly service: NotificationsService) {}

  @Get()
  @Permission('notifications.read')
  list(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.service.list(user, query, res);
  }

  @Get(':id')
  @Permission('notifications.read')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.service.get(user, id);
  }

  /** Marks a notification read (or unread again): `{ read: true }`. */
  @Put(':id')
  @ApiBody({ type: UpdateNotificationDto })
  @Permission('notifications.write')
  update(@IdParam() id: number, @Body() dto: UpdateNotificationDto, @CurrentUser() user: AuthUser) {
    return this.service.update(user, id, dto);
  }
}
