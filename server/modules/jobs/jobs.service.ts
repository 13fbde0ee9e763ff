import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/http/domain-error';
import { BullMqRunner } from '../../queue/bullmq.runner';
import { InlineRunner } from '../../queue/inline.runner';
import { JobRunner } from '../../queue/job-runner';
import { JobName } from '../../queue/queue.constants';
import { AuditService } from '../audit/audit.service';
import { Job } from './entities/job.entity';
import { JobStore, JobView, jobView } from './job-store';

/**
 * Asking for background work: records the request in `jobs` (deduplicated by the job's business
 * key) and hands it to the runner. Starts the workers once every handler has registered.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: JobStore,
    private readonly runner: JobRunner,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.runner instanceof InlineRunner) await this.runner.start();
    else if (this.runner instanceof BullMqRunner) {
      if (this.config.role === 'worker' || this.config.workers) this.runner.startWorkers();
      else this.logger.log('WORKERS=false: jobs are queued for the worker processes');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.runner instanceof InlineRunner || this.runner instanceof BullMqRunner)
      await this.runner.close();
  }

  /**
   * Queues job `id` unless the same work is already queued, running, or done and still valid
   * (`keep`). Either way the answer is the job, so the client polls one id. A user's request is
   * audited with the job row: action `request` on the job, who asked for what, whether it queued.
   */
  async enqueue(
    user: Pick<AuthUser, 'id' | 'username' | 'orgPath'> | null,
    name: JobName,
    id: string,
    data: Record<string, unknown>,
    keep: (job: Job) => boolean = () => true,
  ): Promise<JobView> {
    const { userId: _by, ...asked } = data;
    const { job, queue } = await this.store.request(
      user?.id ?? null,
      name,
      id,
      data,
      keep,
      user
        ? (em, queued) =>
            this.audit.record(em, {
              user,
              action: 'request',
              resource: 'jobs',
              resourceId: id,
              orgPath: user.orgPath,
              after: { job: name, ...asked, queued },
            })
        : undefined,
    );
    if (queue) {
      try {
        await this.runner.add(name, id, data);
      } catch (error) {
        this.logger.error(`Could not queue job ${id}: ${String(error)}`);
        await this.store.failed(id, '任务未能加入队列（队列服务暂时不可用），请稍后重试');
        throw new DomainError('UNAVAILABLE', '任务队列暂时不可用，请稍后再试');
      }
    }
    return jobView(job);
  }
}
