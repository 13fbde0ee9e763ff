import { HttpError } from 'react-admin';
import { API_URL, httpClient, session } from '../providers/http';
import { toHttpError } from '../providers/errors';

/** `GET /api/jobs/:id` as far as the export button reads it. */
export interface JobView {
  id: string;
  state: 'waiting' | 'active' | 'completed' | 'failed';
  progress: number;
  message: string | null;
  result: { url?: string; filename?: string; count?: number } | null;
  error?: string | null;
}

/** Thrown when the server has no export route (404): the caller hides its button. */
export class ExportUnavailableError extends Error {}

const POLL_MS = 400;
const TIMEOUT_MS = 5 * 60_000;

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

/**
 * The export job of API.md: `POST /api/exports { type, ids }` → `{ jobId }`, poll
 * `GET /api/jobs/:id` until it completes (reporting its progress), then download
 * `GET /api/jobs/:id/file` with the bearer token and save it under the job's file name.
 */
export async function runExport(
  type: string,
  ids: readonly number[],
  onProgress: (percent: number, message: string | null) => void,
  signal?: AbortSignal,
): Promise<{ filename: string; count: number | undefined }> {
  let jobId: string;
  try {
    const started = await httpClient(`${API_URL}/exports`, {
      method: 'POST',
      body: JSON.stringify({ type, ids }),
      signal,
    });
    jobId = (started.json as { jobId: string }).jobId;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw new ExportUnavailableError();
    throw error;
  }
  const deadline = Date.now() + TIMEOUT_MS;
  let job: JobView;
  for (;;) {
    job = (await httpClient(`${API_URL}/jobs/${encodeURIComponent(jobId)}`, { signal }))
      .json as JobView;
    onProgress(job.progress ?? 0, job.message);
    if (job.state === 'completed') break;
    if (job.state === 'failed') throw new Error(job.message || job.error || '导出失败');
    if (Date.now() > deadline) throw new Error('导出超时，请稍后在任务列表中查看');
    await wait(POLL_MS, signal);
  }
  const headers = new Headers();
  const token = session.getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${API_URL}/jobs/${encodeURIComponent(jobId)}/file`, {
    headers,
    signal,
  });
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
  return { filename, count: job.result?.count };
}
