import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { TargetsController, UnitTargetsController } from './targets.controller';
import { TargetsService } from './targets.service';
import { UnitTargetsService } from './unit-targets.service';

@Module({
  imports: [ProjectsModule],
  controllers: [TargetsController, UnitTargetsController],
  providers: [TargetsService, UnitTargetsService],
  exports: [TargetsService, UnitTargetsService],
})
export class TargetsModule {}
