import { useCallback } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { downloadJobFile, fetchJob } from '../../common/exportJob';
import { fetchAll } from '../../common/fetchAll';
import { notificationTarget, unreadIds, type NotificationRecord } from './links';

/**
 * What the bell and the 消息通知 list do with messages: mark them read (one `PUT { read }` each,
 * the API's only change to a message) and open what a message is about — a ready file is
 * downloaded at once, a document's page is opened. Opening a message marks it read.
 */
export function useNotificationActions() {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const navigate = useNavigate();

  const setRead = useCallback(
    async (ids: readonly number[], read = true): Promise<void> => {
      if (ids.length === 0) return;
      await dataProvider.updateMany('notifications', { ids: [...ids], data: { read } });
      refresh();
    },
    [dataProvider, refresh],
  );

  /** 全部标为已读: every unread message of the user, not only the page shown. */
  const markAllRead = useCallback(async (): Promise<number> => {
    const rows = await fetchAll<NotificationRecord>(
      dataProvider,
      'notifications',
      { field: 'id', order: 'DESC' },
      { read: false },
    );
    const ids = unreadIds(rows);
    await setRead(ids);
    return ids.length;
  }, [dataProvider, setRead]);

  const open = useCallback(
    async (n: NotificationRecord): Promise<void> => {
      const target = notificationTarget(n);
      try {
        if (target?.kind === 'download') {
          const job = await fetchJob(target.jobId);
          const filename = await downloadJobFile(job);
          notify(translate('app.jobs.downloaded', { filename }), { type: 'success' });
        } else if (target) {
          void navigate(target.path);
        }
        if (!n.read) await setRead([n.id]);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        notify(message, { type: 'error', messageArgs: { _: message } });
      }
    },
    [navigate, notify, setRead, translate],
  );

  return { setRead, markAllRead, open };
}
