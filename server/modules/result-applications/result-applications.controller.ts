import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { IdParam } from '../../common/http/id.pipe';
import {
  DecideResultApplicationDto,
  GenerateResultApplicationsDto,
  UpdateResultRuleDto,
} from './dto/result-application.dto';
import { ResultApplicationsService } from './result-applications.service';

@ApiTags('结果应用')
@ApiBearerAuth()
@Controller('result-applications')
export class ResultApplicationsController {
  constructor(private readonly service: ResultApplicationsService) {}

  @Get()
  @Permission('results.read')
  list(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.service.list(user, query, res);
  }

  /** One row per approved project self-evaluation of `year` in the region; idempotent. */
  @Post('generate')
  @HttpCode(200)
  @Permission('results.write')
  generate(@Body() dto: GenerateResultApplicationsDto, @CurrentUser() user: AuthUser) {
    return this.service.generate(user, dto);
  }

  @Get(':id')
  @Permission('results.read')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.service.get(user, id);
  }

  /** The finance bureau's decision (a treatment or 其他) and comment, with the row's version. */
  @Put(':id')
  @Permission('results.write')
  decide(
    @IdParam() id: number,
    @Body() dto: DecideResultApplicationDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.service.decide(user, id, dto);
  }
}

/** 结果应用规则: grade → suggested treatment, one per region (`id` = the region's id). */
@ApiTags('结果应用')
@ApiBearerAuth()
@Controller('result-rules')
export class ResultRulesController {
  constructor(private readonly service: ResultApplicationsService) {}

  @Get()
  @Permission('result-rules.read')
  list(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    return this.service.listRules(user, res);
  }

  @Get(':id')
  @Permission('result-rules.read')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.service.getRule(user, id);
  }

  @Put(':id')
  @Permission('result-rules.write')
  update(@IdParam() id: number, @Body() dto: UpdateResultRuleDto, @CurrentUser() user: AuthUser) {
    return this.service.updateRule(user, id, dto);
  }
}
