import { Module } from '@nestjs/common';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { RecomputeBatchJob, RecomputeJob } from './jobs/recompute.job';

@Module({
  controllers: [EvaluationsController],
  providers: [EvaluationsService, RecomputeJob, RecomputeBatchJob],
  exports: [EvaluationsService],
})
export class EvaluationsModule {}
