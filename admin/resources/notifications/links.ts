/** A notification as `GET /api/notifications` shows it. */
export interface NotificationRecord {
  id: number;
  userId: number;
  kind: string;
  title: string;
  message: string;
  resource: string | null;
  resourceId: number | null;
  deadlineId: number | null;
  jobId: string | null;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

export const NOTIFICATION_KINDS = [
  'file-ready',
  'job-done',
  'job-failed',
  'deadline',
  'overdue',
] as const;

/** Where a notification leads in the console (null: nowhere to go). */
export type NotificationTarget =
  { kind: 'download'; jobId: string; path: string } | { kind: 'page'; path: string };

/**
 * The page a message is about: its job (a ready file can be downloaded at once), the document
 * a reminder names, or — for a unit still without its 整体绩效目标表 — the list to create it from.
 */
export function notificationTarget(
  n: Pick<NotificationRecord, 'kind' | 'resource' | 'resourceId' | 'jobId'>,
): NotificationTarget | null {
  if (n.jobId) {
    return n.kind === 'file-ready'
      ? { kind: 'download', jobId: n.jobId, path: '/jobs' }
      : { kind: 'page', path: '/jobs' };
  }
  if (n.resource === 'orgs') return { kind: 'page', path: '/unit-targets' };
  const withShow = ['projects', 'targets', 'unit-targets', 'monitoring', 'evaluations'];
  if (n.resource && withShow.includes(n.resource) && n.resourceId)
    return { kind: 'page', path: `/${n.resource}/${n.resourceId}/show` };
  return null;
}

/** The ids of unread notifications among `rows`. */
export const unreadIds = (rows: readonly Pick<NotificationRecord, 'id' | 'read'>[]) =>
  rows.filter((n) => !n.read).map((n) => n.id);
