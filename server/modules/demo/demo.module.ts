import { Module } from '@nestjs/common';
import { TargetsModule } from '../targets/targets.module';
import { DemoService } from './demo.service';
import { DemoTargets } from './demo-targets';

@Module({ imports: [TargetsModule], providers: [DemoService, DemoTargets], exports: [DemoService] })
export class DemoModule {}
