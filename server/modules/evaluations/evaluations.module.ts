import { Module } from '@nestjs/common';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { RecomputeJob } from './jobs/recompute.job';

@Module({
  controllers: [EvaluationsController],
  providers: [EvaluationsService, RecomputeJob],
  exports: [EvaluationsService],
})
export class EvaluationsModule {}
