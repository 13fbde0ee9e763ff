import { Alert, Button, IconButton, Snackbar } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useEffect, useRef, useState } from 'react';
import { LinkBase, useDataProvider, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { downloadJobFile, jobActivity, type JobState, type JobView } from '../../common/exportJob';
import {
  hasFile,
  IDLE_POLL_MS,
  isUnfinished,
  newlyFinished,
  releasedJobs,
  statesOf,
  watchDelay,
} from './model';

/** How many of the user's latest jobs the watcher looks at. */
const WINDOW = 20;

/**
 * Watches the signed-in user's jobs from the app bar, on every page: when one ends that no button
 * on screen is waiting for (the user left the page that started it), a prompt says so — 文件已生成
 * with 下载 for an export. It looks every second while a job of the user runs, every 20 s
 * otherwise, and at once when this tab starts a job. Each end also refreshes the bell.
 */
export const JobsWatcher = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { identity } = useGetIdentity();
  const userId = identity?.id;
  const [ended, setEnded] = useState<JobView[]>([]);

  // The watch loop lives in refs: it must survive re-renders and never run twice at once.
  const before = useRef<Map<string, JobState>>(new Map());
  // Jobs that ended while a button on screen waited for them: told here if that button gives up
  // (its dialog or page closed) before it could tell the user itself.
  const heldBack = useRef<Map<string, JobView>>(new Map());
  useEffect(() => {
    if (userId === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let busy = false;
    let again = false;
    before.current = new Map();

    const look = async (): Promise<void> => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      clearTimeout(timer);
      let delay = IDLE_POLL_MS;
      try {
        const { data } = await dataProvider.getList<JobView & { id: string }>('jobs', {
          pagination: { page: 1, perPage: WINDOW },
          sort: { field: 'createdAt', order: 'DESC' },
          filter: { createdBy: userId },
        });
        const started = jobActivity.announced();
        const finished = newlyFinished(before.current, data, started);
        for (const job of data) if (!isUnfinished(job)) jobActivity.forget(job.id);
        before.current = statesOf(data);
        delay = watchDelay(data, jobActivity.announced());
        if (finished.length) {
          const unclaimed = finished.filter((j) => !jobActivity.isClaimed(j.id));
          for (const j of finished) if (jobActivity.isClaimed(j.id)) heldBack.current.set(j.id, j);
          if (!stopped && unclaimed.length) setEnded((queue) => [...queue, ...unclaimed]);
          // The job's message is written with its end: the bell shows it now.
          jobActivity.emit('ended');
        }
      } catch {
        // Offline or signed out: look again later; react-admin reports the rest.
      } finally {
        busy = false;
      }
      if (stopped) return;
      if (again) {
        again = false;
        void look();
      } else {
        timer = setTimeout(() => void look(), delay);
      }
    };

    void look();
    const unsubscribe = jobActivity.subscribe((event) => {
      if (event === 'released') {
        const freed = releasedJobs(heldBack.current, (id) => jobActivity.isClaimed(id));
        if (!stopped && freed.length) setEnded((queue) => [...queue, ...freed]);
      }
      if (event !== 'ended') void look();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [userId, dataProvider]);

  const current = ended[0];
  const close = () => setEnded((queue) => queue.slice(1));
  if (!current) return null;

  const type = translate(`app.jobs.types.${current.type}`, { _: current.type });
  const file = hasFile(current);
  const text = file
    ? translate('app.jobs.file_ready', { filename: current.result?.filename ?? '' })
    : current.state === 'failed'
      ? translate('app.jobs.failed', { type, message: current.message ?? '' })
      : translate('app.jobs.done', { type });

  const download = async () => {
    try {
      await downloadJobFile(current);
      close();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    }
  };

  return (
    <Snackbar
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      // A ready file waits for the user; other news goes after a while.
      autoHideDuration={file ? null : 10_000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') close();
      }}
    >
      <Alert
        severity={current.state === 'failed' ? 'error' : 'success'}
        variant="filled"
        data-testid="job-finished"
        data-job={current.id}
        action={
          <>
            {file ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => void download()}
                data-testid="job-finished-download"
              >
                {translate('app.jobs.download')}
              </Button>
            ) : (
              <Button color="inherit" size="small" component={LinkBase} to="/jobs" onClick={close}>
                {translate('app.jobs.view')}
              </Button>
            )}
            <IconButton
              color="inherit"
              size="small"
              aria-label={translate('ra.action.close')}
              onClick={close}
            >
              <CloseIcon fontSize="small" />
            </IconButton>
          </>
        }
      >
        {text}
      </Alert>
    </Snackbar>
  );
};
