import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { BoardService } from '../../queue/board';
import { BullMqRunner } from '../../queue/bullmq.runner';
import { InlineRunner } from '../../queue/inline.runner';
import { JobExecutor } from '../../queue/job-executor';
import { JobRegistry } from '../../queue/job-handler';
import { JobRunner } from '../../queue/job-runner';
import { BoardSessionController } from './board-session.controller';
import { FilesCleanupJob } from './files-cleanup.job';
import { JobStore } from './job-store';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/**
 * Background jobs: the `jobs` record, the runner of the mode (BullMQ with Redis, in-process
 * without), the /api/jobs resource and Bull Board. Global, so that feature modules register their
 * handlers with JobRegistry and enqueue through JobsService.
 */
@Global()
@Module({
  controllers: [JobsController, BoardSessionController],
  providers: [
    JobRegistry,
    JobStore,
    JobExecutor,
    {
      provide: JobRunner,
      inject: [APP_CONFIG, JobExecutor, JobRegistry, JobStore],
      useFactory: async (
        config: AppConfig,
        executor: JobExecutor,
        registry: JobRegistry,
        store: JobStore,
      ): Promise<JobRunner> => {
        if (!config.redisUrl) return new InlineRunner(executor, registry, store);
        const runner = new BullMqRunner(config, executor, registry, store);
        try {
          await runner.open();
        } catch (error) {
          await runner.close();
          throw error;
        }
        return runner;
      },
    },
    JobsService,
    BoardService,
    FilesCleanupJob,
  ],
  exports: [JobRegistry, JobsService, JobStore, BoardService],
})
export class JobsModule {}
