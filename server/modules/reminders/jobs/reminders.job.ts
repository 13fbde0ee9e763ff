import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { JobContext, JobHandler, JobOutcome, JobRegistry } from '../../../queue/job-handler';
import { beijingDate } from '../../../queue/queue.constants';
import { User } from '../../users/entities/user.entity';
import { Deadline, DEADLINE_KIND_LABELS } from '../entities/deadline.entity';
import { Notification } from '../entities/notification.entity';

export interface RemindersJobData extends Record<string, unknown> {
  /** The day to remind for (`YYYY-MM-DD`, Beijing time); today when absent (the daily run). */
  date?: string;
}

/** A document that should have been submitted by a deadline and is not (yet). */
interface Missing {
  key: string;
  orgId: number;
  title: string;
  what: string;
  resource: string;
  resourceId: number;
}

/** A document counts as handed in once submitted (whatever the reviewers did since). */
const DONE = ['submitted', 'dept_approved', 'approved'];

const DAY = 24 * 3600 * 1000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * Daily: for every deadline whose reminder window has opened, a notification to each clerk
 * (role unit) of each unit whose document is still missing or not submitted — once per deadline,
 * document and user (the notification's unique key), so running it again adds nothing.
 */
@Injectable()
export class RemindersJob implements JobHandler<RemindersJobData>, OnModuleInit {
  readonly name = 'reminders' as const;

  constructor(
    private readonly registry: JobRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async run(ctx: JobContext<RemindersJobData>): Promise<JobOutcome> {
    const date = typeof ctx.data.date === 'string' ? ctx.data.date : beijingDate();
    const deadlines = await this.db.manager.find(Deadline, { order: { dueDate: 'ASC' } });
    const open = deadlines.filter((d) => daysBetween(date, d.dueDate) <= d.remindDays);
    let created = 0;
    for (const [i, d] of open.entries()) {
      const missing = await this.missing(d);
      const orgIds = [...new Set(missing.map((m) => m.orgId))];
      const users = orgIds.length
        ? await this.db.manager.find(User, {
            where: { orgId: In(orgIds), role: 'unit', disabled: false },
          })
        : [];
      const left = daysBetween(date, d.dueDate);
      const when = left >= 0 ? `还剩 ${left} 天` : `已逾期 ${-left} 天`;
      const label = DEADLINE_KIND_LABELS[d.kind];
      const rows = missing.flatMap((m) =>
        users
          .filter((u) => u.orgId === m.orgId)
          .map((u) => ({
            userId: u.id,
            key: `deadline:${d.id}:${m.key}:${u.id}`,
            kind: left >= 0 ? 'deadline' : 'overdue',
            title: `【${label}】${m.title}`.slice(0, 200),
            message:
              `「${m.title}」的${m.what}尚未提交，${d.year} 年度${label}截止日期为 ${d.dueDate}（${when}）。${d.note ? d.note : ''}`.slice(
                0,
                1000,
              ),
            resource: m.resource,
            resourceId: m.resourceId,
            deadlineId: d.id,
            read: false,
            readAt: null,
          })),
      );
      // INSERT IGNORE on the unique key: a reminder already sent is skipped, not repeated.
      const before = await this.db.manager.countBy(Notification, { deadlineId: d.id });
      for (let k = 0; k < rows.length; k += 200) {
        await this.db
          .createQueryBuilder()
          .insert()
          .into(Notification)
          .values(rows.slice(k, k + 200))
          .orIgnore()
          .updateEntity(false)
          .execute();
      }
      created += (await this.db.manager.countBy(Notification, { deadlineId: d.id })) - before;
      await ctx.progress(((i + 1) / Math.max(open.length, 1)) * 100);
    }
    return {
      message: `${date}：${open.length} 个截止日期在提醒期内，新发出 ${created} 条提醒`,
      result: { date, deadlines: open.length, created },
    };
  }

  private async missing(d: Deadline): Promise<Missing[]> {
    const em = this.db.manager;
    const year = d.year;
    if (d.kind === 'targets') {
      const projects = await em.query<{ id: number; name: string; orgId: number }[]>(
        `SELECT p.id, p.name, p.orgId FROM projects p WHERE p.year = ? AND NOT EXISTS (
           SELECT 1 FROM targets t WHERE t.projectId = p.id AND t.status IN (?, ?, ?))`,
        [year, ...DONE],
      );
      const units = await em.query<{ id: number; name: string }[]>(
        `SELECT o.id, o.name FROM orgs o WHERE o.type = 'unit' AND NOT EXISTS (
           SELECT 1 FROM unit_targets u WHERE u.orgId = o.id AND u.year = ? AND u.status IN (?, ?, ?))`,
        [year, ...DONE],
      );
      return [
        ...projects.map((p) => ({
          key: `project-${p.id}`,
          orgId: Number(p.orgId),
          title: p.name,
          what: '项目绩效目标表',
          resource: 'projects',
          resourceId: Number(p.id),
        })),
        ...units.map((o) => ({
          key: `unit-${o.id}`,
          orgId: Number(o.id),
          title: o.name,
          what: '整体绩效目标表',
          resource: 'orgs',
          resourceId: Number(o.id),
        })),
      ];
    }
    const table = d.kind === 'monitoring' ? 'monitoring_reports' : 'evaluations';
    const what = d.kind === 'monitoring' ? '绩效运行监控表' : '绩效自评表';
    // The approved targets in force; a report on any revision of the same project counts.
    const projects = await em.query<{ id: number; name: string; orgId: number }[]>(
      `SELECT t.id, p.name, t.orgId FROM targets t JOIN projects p ON p.id = t.projectId
        WHERE t.year = ? AND t.status = 'approved' AND t.current = 1 AND NOT EXISTS (
          SELECT 1 FROM ${table} x JOIN targets t2 ON t2.id = x.targetId
           WHERE t2.projectId = t.projectId AND x.status IN (?, ?, ?))`,
      [year, ...DONE],
    );
    const units = await em.query<{ id: number; name: string; orgId: number }[]>(
      `SELECT u.id, o.name, u.orgId FROM unit_targets u JOIN orgs o ON o.id = u.orgId
        WHERE u.year = ? AND u.status = 'approved' AND u.current = 1 AND NOT EXISTS (
          SELECT 1 FROM ${table} x JOIN unit_targets u2 ON u2.id = x.unitTargetId
           WHERE u2.orgId = u.orgId AND u2.year = u.year AND x.status IN (?, ?, ?))`,
      [year, ...DONE],
    );
    return [
      ...projects.map((p) => ({
        key: `target-${p.id}`,
        orgId: Number(p.orgId),
        title: p.name,
        what,
        resource: 'targets',
        resourceId: Number(p.id),
      })),
      ...units.map((u) => ({
        key: `unit-target-${u.id}`,
        orgId: Number(u.orgId),
        title: u.name,
        what,
        resource: 'unit-targets',
        resourceId: Number(u.id),
      })),
    ];
  }
}
