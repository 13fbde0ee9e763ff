import { Module } from '@nestjs/common';
import { DeadlinesService } from './deadlines.service';
import { RemindersJob } from './jobs/reminders.job';
import { NotificationsService } from './notifications.service';
import { DeadlinesController, NotificationsController } from './reminders.controller';

/** Deadlines per fiscal year, the daily reminders job and the users' notifications. */
@Module({
  controllers: [DeadlinesController, NotificationsController],
  providers: [DeadlinesService, NotificationsService, RemindersJob],
})
export class RemindersModule {}
