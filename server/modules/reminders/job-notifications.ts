import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JOBS } from '../../queue/queue.constants';
import type { Job } from '../jobs/entities/job.entity';
import { JobStore } from '../jobs/job-store';
import { Notification } from './entities/notification.entity';

/** The kinds of message a job's end leaves (the reminders use `deadline` and `overdue`). */
export const JOB_NOTIFICATION_KINDS = ['file-ready', 'job-done', 'job-failed'] as const;
export type JobNotificationKind = (typeof JOB_NOTIFICATION_KINDS)[number];

export type JobNotificationRow = Pick<
  Notification,
  | 'userId'
  | 'key'
  | 'kind'
  | 'title'
  | 'message'
  | 'resource'
  | 'resourceId'
  | 'deadlineId'
  | 'jobId'
  | 'read'
  | 'readAt'
>;

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/**
 * The message the end of a job leaves for the user who asked for it: 文件已生成 for an export, the
 * outcome of an import or a re-scoring, or why it failed. None for scheduled jobs (nobody asked)
 * and none for a job that never started (its requester was told at once).
 *
 * The key is the job id and the time it was requested: a retry or a restart after a crash ends the
 * same request and finds the message already there; asking again for work that runs again (a new
 * import of the same file, an export whose file was cleaned up) is a new request with its own.
 */
export function jobNotification(job: Job): JobNotificationRow | null {
  if (job.createdBy === null || job.attempts === 0) return null;
  if (job.state !== 'completed' && job.state !== 'failed') return null;
  const label = JOBS[job.type]?.label ?? job.type;
  const filename = text(job.result?.filename);
  const subject = text(job.data?.title) ?? text(job.data?.filename);
  let kind: JobNotificationKind;
  let title: string;
  let message = job.message;
  if (job.state === 'completed') {
    if (filename) {
      kind = 'file-ready';
      title = `文件已生成：${filename}`;
      message = `${job.message}。可在此下载，或在“后台任务”中找到它。`;
    } else {
      kind = 'job-done';
      title = `${label}已完成${subject ? `：${subject}` : ''}`;
    }
  } else {
    kind = 'job-failed';
    title = `${label}未完成${subject ? `：${subject}` : ''}`;
    const errors = job.result?.errors;
    if (Array.isArray(errors) && errors.length)
      message = `${job.message}（共 ${errors.length} 处问题，详见“后台任务”）`;
  }
  return {
    userId: job.createdBy,
    key: `job:${job.id}:${job.createdAt.getTime()}:${job.state}`,
    kind,
    title: cut(title, 200),
    message: cut(message, 1000),
    resource: 'jobs',
    resourceId: null,
    deadlineId: null,
    jobId: job.id,
    read: false,
    readAt: null,
  };
}

/**
 * Writes the message of a finished job in the transaction that records its end, so that a user
 * who left the page (or the console) still learns that the file is ready. INSERT IGNORE on the
 * unique key: a job that ends twice (a retry racing a stalled worker) tells once.
 */
@Injectable()
export class JobNotifications implements OnModuleInit {
  constructor(private readonly store: JobStore) {}

  onModuleInit(): void {
    this.store.onFinished((em, job) => this.notify(em, job));
  }

  async notify(em: EntityManager, job: Job): Promise<void> {
    const row = jobNotification(job);
    if (!row) return;
    await em
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(row)
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}
