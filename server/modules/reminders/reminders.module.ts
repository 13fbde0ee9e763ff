import { Module } from '@nestjs/common';
import { DeadlinesService } from './deadlines.service';
import { JobNotifications } from './job-notifications';
import { RemindersJob } from './jobs/reminders.job';
import { NotificationsService } from './notifications.service';
import { DeadlinesController, NotificationsController } from './reminders.controller';

/**
 * Deadlines per fiscal year, the daily reminders job and the users' notifications — among them the
 * message a background job leaves when it ends (文件已生成).
 */
@Module({
  controllers: [DeadlinesController, NotificationsController],
  providers: [DeadlinesService, NotificationsService, RemindersJob, JobNotifications],
})
export class RemindersModule {}
