import { Module } from '@nestjs/common';
import { TargetsModule } from '../targets/targets.module';
import { DemoService } from './demo.service';
import { DemoIndicators } from './demo-indicators';
import { DemoTargets } from './demo-targets';

@Module({
  imports: [TargetsModule],
  providers: [DemoService, DemoTargets, DemoIndicators],
  exports: [DemoService],
})
export class DemoModule {}
