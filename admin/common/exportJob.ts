import { HttpError } from 'react-admin';
import { API_URL, httpClient, session } from '../providers/http';
import { toHttpError } from '../providers/errors';
import type { JobView } from './jobTypes';

export type { JobState, JobView } from './jobTypes';

/** Thrown when the server has no export route (404): the caller hides its button. */
export class ExportUnavailableError extends Error {}

const POLL_MS = 400;
const TIMEOUT_MS = 5 * 60_000;

const jobUrl = (id: string) => `${API_URL}/jobs/${encodeURIComponent(id)}`;

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

/** Saves a blob under `filename` through a temporary link (the browser's download). */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `GET /api/jobs/:id`. */
export async function fetchJob(id: string, signal?: AbortSignal): Promise<JobView> {
  return (await httpClient(jobUrl(id), { signal })).json as JobView;
}

/**
 * Downloads the file of a completed job (`GET /api/jobs/:id/file` with the bearer token: a plain
 * link could not send it) and saves it under the job's file name. Returns that name.
 */
export async function downloadJobFile(
  job: Pick<JobView, 'id' | 'result'>,
  signal?: AbortSignal,
): Promise<string> {
  const headers = new Headers();
  const token = session.getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${jobUrl(job.id)}/file`, { headers, signal });
  if (!response.ok) {
    let body: unknown = {};
    try {
      body = await response.json();
    } catch {
      /* not JSON */
    }
    throw toHttpError(new HttpError('', response.status, body));
  }
  const filename = job.result?.filename ?? 'export.xlsx';
  save(await response.blob(), filename);
  return filename;
}

/** What happened to a job of this tab: started, no longer waited for, or ended. */
export type JobEvent = 'started' | 'released' | 'ended';
type Listener = (event: JobEvent) => void;
const listeners = new Set<Listener>();
const claimed = new Set<string>();
const announced = new Set<string>();

/**
 * What this tab knows about the jobs it started. The jobs watcher of the app bar tells the user
 * when one of their jobs ends — unless a button that started it is still on screen and hands the
 * file over itself (it claims the job). A button that goes away releases it: the file is then
 * offered by the watcher, so leaving the page loses nothing. The notification bell listens too.
 */
export const jobActivity = {
  /** A job was started here (`claim`: by a caller that waits for it and saves its file). */
  started(id: string, claim: boolean): void {
    announced.add(id);
    if (claim) claimed.add(id);
    jobActivity.emit('started');
  },
  /** Its caller no longer waits for the job (the page that started it closed). */
  release(id: string): void {
    if (claimed.delete(id)) jobActivity.emit('released');
  },
  isClaimed(id: string): boolean {
    return claimed.has(id);
  },
  /** Jobs started here and not yet seen finished by the watcher. */
  announced(): ReadonlySet<string> {
    return announced;
  },
  /** The watcher saw the job finished. */
  forget(id: string): void {
    announced.delete(id);
  },
  emit(event: JobEvent): void {
    for (const listener of [...listeners]) listener(event);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

/** `POST /api/exports { type, ids }` → the job id. */
export async function startExport(type: string, ids: readonly number[]): Promise<string> {
  try {
    const started = await httpClient(`${API_URL}/exports`, {
      method: 'POST',
      body: JSON.stringify({ type, ids }),
    });
    return (started.json as { jobId: string }).jobId;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw new ExportUnavailableError();
    throw error;
  }
}

/**
 * Polls `GET /api/jobs/:id` until the job has ended, completed or failed, reporting its progress
 * (the one polling loop of the console's buttons: exports and imports). Gives up after a while:
 * the job runs on and stays listed under 后台任务.
 */
export async function pollJob(
  id: string,
  onProgress: (percent: number, message: string | null) => void,
  signal?: AbortSignal,
): Promise<JobView> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const job = await fetchJob(id, signal);
    onProgress(job.progress ?? 0, job.message);
    if (job.state === 'completed' || job.state === 'failed') return job;
    if (Date.now() > deadline) throw new Error('任务仍在进行，请稍后在“后台任务”中查看结果');
    await wait(POLL_MS, signal);
  }
}

/** pollJob for a job that must complete: a failed one throws its message. */
export async function waitForJob(
  id: string,
  onProgress: (percent: number, message: string | null) => void,
  signal?: AbortSignal,
): Promise<JobView> {
  const job = await pollJob(id, onProgress, signal);
  if (job.state === 'failed') throw new Error(job.message || job.error || '导出失败');
  return job;
}

/**
 * Waits for a job this tab has just started: it is announced to `jobActivity` and claimed while
 * `work` waits for it, so that the jobs watcher leaves its end to the caller. When the caller
 * aborts (its page or dialog closed), the job is released and the watcher reports its end instead.
 */
export async function followJob<T>(jobId: string, work: () => Promise<T>): Promise<T> {
  jobActivity.started(jobId, true);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // Aborted: nobody here waits for the job any more; the watcher takes over.
    if (error instanceof DOMException && error.name === 'AbortError') jobActivity.release(jobId);
    else jobActivity.emit('ended');
    throw error;
  }
  jobActivity.emit('ended');
  return result;
}

/**
 * The export job of API.md: `POST /api/exports { type, ids }` → `{ jobId }`, poll
 * `GET /api/jobs/:id` until it completes (reporting its progress), then download the file.
 * The job is announced to `jobActivity` and claimed while this call waits for it: when the
 * caller aborts (its page closed), the jobs watcher offers the file instead.
 */
export async function runExport(
  type: string,
  ids: readonly number[],
  onProgress: (percent: number, message: string | null) => void,
  signal?: AbortSignal,
): Promise<{ filename: string; count: number | undefined; jobId: string }> {
  // Not aborted with the page: the user asked for the file, so the job starts even if they leave
  // at once — and the watcher then offers it.
  const jobId = await startExport(type, ids);
  return followJob(jobId, async () => {
    const job = await waitForJob(jobId, onProgress, signal);
    const filename = await downloadJobFile(job, signal);
    return { filename, count: job.result?.count, jobId };
  });
}
