import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { RankingsService } from './rankings.service';

@Module({
  controllers: [DashboardController],
  providers: [DashboardService, RankingsService],
  exports: [DashboardService],
})
export class DashboardModule {}
