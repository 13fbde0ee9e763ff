import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Permission } from '../../common/auth/decorators';
import { IdParam } from '../../common/http/id.pipe';
import { ReviewableController } from '../../common/http/review.controller';
import {
  CreateEvaluationDto,
  ReviewScoresDto,
  SampleDto,
  UpdateEvaluationDto,
} from './dto/evaluation.dto';
import { EvaluationsService } from './evaluations.service';

@ApiTags('绩效自评')
@Controller('evaluations')
export class EvaluationsController extends ReviewableController({
  read: 'evaluations.read',
  write: 'evaluations.write',
  submit: 'evaluations.submit',
  review: 'evaluations.review',
  create: CreateEvaluationDto,
  update: UpdateEvaluationDto,
}) {
  constructor(protected readonly service: EvaluationsService) {
    super();
  }

  /** 复核: the 财政局 sets 复核得分 per item, each with a reason. */
  @Post(':id/recheck')
  @HttpCode(200)
  @ApiBearerAuth()
  @Permission('evaluations.recheck')
  recheck(@IdParam() id: number, @Body() dto: ReviewScoresDto, @CurrentUser() user: AuthUser) {
    return this.service.recheck(user, id, dto);
  }

  /** 抽评: draws `percent` of the region's submitted self-evaluations of `year` with `seed`. */
  @Post('sample')
  @HttpCode(200)
  @ApiBearerAuth()
  @Permission('evaluations.recheck')
  sample(@Body() dto: SampleDto, @CurrentUser() user: AuthUser) {
    return this.service.sample(user, dto);
  }
}
