import { Module } from '@nestjs/common';
import { TargetsModule } from '../targets/targets.module';
import { DemoService } from './demo.service';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { DemoEvaluations } from './demo-evaluations';
import { DemoIndicators } from './demo-indicators';
import { DemoTargets } from './demo-targets';

@Module({
  imports: [TargetsModule, EvaluationsModule],
  providers: [DemoService, DemoTargets, DemoIndicators, DemoEvaluations],
  exports: [DemoService],
})
export class DemoModule {}
