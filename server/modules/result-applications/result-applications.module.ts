import { Module } from '@nestjs/common';
import {
  ResultApplicationsController,
  ResultRulesController,
} from './result-applications.controller';
import { ResultApplicationsService } from './result-applications.service';

@Module({
  controllers: [ResultApplicationsController, ResultRulesController],
  providers: [ResultApplicationsService],
  exports: [ResultApplicationsService],
})
export class ResultApplicationsModule {}
