import { importsMessages } from '../i18n/imports';
import type { JobView } from './jobTypes';

/**
 * The rules of the 导入 dialog as plain functions (tested in tests/unit/admin/import-job.test.ts):
 * what may be uploaded, and what a finished import job says — the documents it wrote, or every
 * problem that refused the file. No React, no react-admin, no DOM; the texts are those of
 * admin/i18n/imports.ts.
 */

const T = importsMessages.imports;

/** The layouts `POST /api/imports` reads (`type`). */
export const IMPORT_TYPES = ['targets', 'unit-targets', 'monitoring', 'evaluations'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

/** What the file picker offers. */
export const IMPORT_ACCEPT =
  '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `GET /api/imports/limits`: IMPORT_MAX_MB and IMPORT_MAX_ROWS of the server. */
export interface ImportLimits {
  maxMb: number;
  maxRows: number;
}

/** One document a completed import wrote (`result.imported`). */
export interface ImportedItem {
  sheet: string;
  resource: string;
  id: number;
  action: string;
}

/** One problem of a refused import (`result.errors`). */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** `%{name}` placeholders filled like Polyglot does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/%\{(\w+)\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  );
}

/** 512 B, 12.3 KB, 1.5 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * What is wrong with a picked file before it is uploaded (the server checks again): not .xlsx,
 * empty, or over IMPORT_MAX_MB. Null when it may go.
 */
export function fileProblem(
  file: { name: string; size: number },
  limits?: ImportLimits | null,
): string | null {
  if (!/\.xlsx$/i.test(file.name)) return T.checks.not_xlsx;
  if (file.size === 0) return T.checks.empty;
  if (limits && file.size > limits.maxMb * 1024 * 1024)
    return fill(T.checks.too_big, { size: formatSize(file.size), mb: limits.maxMb });
  return null;
}

/** The requirements the dialog lists before the file is picked. */
export function fileRules(type: ImportType, limits?: ImportLimits | null): string[] {
  const layout = T.layouts[type];
  return [
    fill(T.rules.layout, { layout }),
    T.rules.format,
    limits ? fill(T.rules.size, { mb: limits.maxMb, rows: limits.maxRows }) : T.rules.size_unknown,
    T.rules.all_or_nothing,
  ];
}

/** The console's route of a written document: its show page. */
export const documentPath = (item: Pick<ImportedItem, 'resource' | 'id'>) =>
  `/${item.resource}/${item.id}/show`;

const ACTIONS = T.actions as Record<string, string>;
const ACTION_ORDER = ['create', 'update', 'adjust'];

/** 新建草稿, 更新草稿, 发起调整 (an unknown action as the server names it). */
export const actionLabel = (action: string) => ACTIONS[action] ?? action;

/** "已导入 3 张工作表：新建草稿 1 张，更新草稿 2 张" — counts in the order create, update, adjust. */
export function importedSummary(items: readonly Pick<ImportedItem, 'action'>[]): string {
  if (items.length === 0) return T.imported_none;
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.action, (counts.get(item.action) ?? 0) + 1);
  const order = [
    ...ACTION_ORDER.filter((a) => counts.has(a)),
    ...[...counts.keys()].filter((a) => !ACTION_ORDER.includes(a)),
  ];
  const detail = order
    .map((a) => fill(T.imported_part, { action: actionLabel(a), count: counts.get(a) ?? 0 }))
    .join('，');
  return fill(T.imported, { count: items.length, detail });
}

/** A problem as a row of the dialog's table: 工作表 / 行 / 列 / 问题, "—" where the server has none. */
export interface ProblemRow {
  sheet: string;
  row: string;
  column: string;
  message: string;
}

/** The problems in the server's order (it sorts them by sheet, then as found: row by row). */
export function problemRows(problems: readonly ImportProblem[]): ProblemRow[] {
  return problems.map((p) => ({
    sheet: p.sheet ? p.sheet : T.whole_file,
    row: p.row === null || p.row === undefined ? '—' : String(p.row),
    column: p.column ? p.column : '—',
    message: p.message,
  }));
}

/** The sheets with problems, in the order they first appear, with how many each has. */
export function problemsBySheet(problems: readonly ImportProblem[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of problems) {
    const sheet = p.sheet ? p.sheet : T.whole_file;
    counts.set(sheet, (counts.get(sheet) ?? 0) + 1);
  }
  return [...counts];
}

/**
 * "发现 3 处问题，未导入任何数据。…"; with problems on more than one sheet it names them:
 * "发现 5 处问题（「表一」3 处，「表二」2 处），…".
 */
export function refusedSummary(problems: readonly ImportProblem[]): string {
  const sheets = problemsBySheet(problems);
  if (sheets.length <= 1) return fill(T.refused, { count: problems.length });
  const parts = sheets
    .map(([sheet, count]) => fill(T.refused_sheet_part, { sheet, count }))
    .join('，');
  return fill(T.refused_sheets, { count: problems.length, sheets: parts });
}

/** What a finished import job means to the dialog. */
export type ImportOutcome =
  | { kind: 'imported'; summary: string; items: (ImportedItem & { label: string; path: string })[] }
  | { kind: 'refused'; summary: string; problems: ProblemRow[] }
  | { kind: 'failed'; summary: string };

/**
 * Reads a finished job: completed → the documents written (each with 新建草稿 / 更新草稿 /
 * 发起调整 and the route that opens it); failed with `result.errors` → every problem; failed
 * otherwise (the upload vanished, the server could not finish) → its message.
 */
export function importOutcome(
  job: Pick<JobView, 'state' | 'message' | 'error' | 'result'>,
): ImportOutcome {
  const result = (job.result ?? {}) as { imported?: ImportedItem[]; errors?: ImportProblem[] };
  if (job.state === 'completed') {
    const items = (result.imported ?? []).map((item) => ({
      ...item,
      label: actionLabel(item.action),
      path: documentPath(item),
    }));
    return { kind: 'imported', summary: importedSummary(items), items };
  }
  const errors = result.errors ?? [];
  if (errors.length)
    return { kind: 'refused', summary: refusedSummary(errors), problems: problemRows(errors) };
  const message = job.message || job.error || '';
  return { kind: 'failed', summary: message ? fill(T.failed, { message }) : T.failed_plain };
}
