import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { DomainError } from '../../common/http/domain-error';
import { DashboardService, DashboardView } from './dashboard.service';
import { RankingsService } from './rankings.service';
import { intParam } from './subtree';

@ApiTags('绩效看板')
@ApiBearerAuth()
@Controller()
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly rankings: RankingsService,
  ) {}

  /** The figures of the caller's subtree (or of `orgId` inside it) for `year`. */
  @Get('dashboard')
  @Permission('dashboard.read')
  @ApiQuery({ name: 'year', required: true, description: '年度' })
  @ApiQuery({ name: 'orgId', required: false, description: '组织（默认本人所在组织）' })
  get(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
  ): Promise<DashboardView> {
    const year = intParam(query.year, 'year', '年度 year', [2000, 2100]);
    if (year === undefined)
      throw new DomainError('VALIDATION', '请指定年度 year', { year: '请指定年度 year' });
    return this.dashboard.dashboard(user, year, intParam(query.orgId, 'orgId', '组织 orgId'));
  }

  /** 排名: project self-evaluations or units, as a simple-REST list. */
  @Get('rankings')
  @Permission('rankings.read')
  list(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.rankings.list(user, query, res);
  }
}
