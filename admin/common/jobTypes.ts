/** The job resource as the console reads it; plain types, importable anywhere (no DOM). */
export type JobState = 'waiting' | 'active' | 'completed' | 'failed';

/** A job as `GET /api/jobs` and `GET /api/jobs/:id` show it (API.md `jobs`). */
export interface JobView {
  id: string;
  type: string;
  /** What the job works on: 绩效自评表（100 份）, the imported file's name, the year. */
  title?: string | null;
  state: JobState;
  progress: number;
  message: string | null;
  result: {
    url?: string;
    filename?: string;
    count?: number;
    errors?: { sheet: string; row: number | null; column: string | null; message: string }[];
  } | null;
  error?: string | null;
  createdBy?: number | null;
  createdByName?: string | null;
  createdAt?: string;
  finishedAt?: string | null;
}
