import type { Borders, stream, Worksheet } from 'exceljs';
import { Dec, round } from '../../../../shared/decimal';
import { exactNumber, FIXED2, FONT_NAME, MONEY, printOptions, textWidth } from './grid';

/** One self-evaluation in the 绩效自评结果汇总表 and the CSV list. */
export interface SummaryRow {
  year: number;
  orgName: string;
  title: string;
  kind: string;
  adjusted: string;
  executed: string;
  executionRate: string | null;
  executionScore: string;
  total: string;
  grade: string;
  reviewTotal: string | null;
  finalGrade: string;
  status: string;
}

type Column = {
  header: string;
  width: number;
  value: (r: SummaryRow) => string | null;
  fmt?: string;
};

export const SUMMARY_COLUMNS: Column[] = [
  { header: '年度', width: 7, value: (r) => String(r.year) },
  { header: '单位', width: 26, value: (r) => r.orgName },
  { header: '项目/部门名称', width: 34, value: (r) => r.title },
  { header: '类型', width: 9, value: (r) => r.kind },
  { header: '全年预算数（万元）', width: 14, value: (r) => r.adjusted, fmt: MONEY },
  { header: '全年执行数（万元）', width: 14, value: (r) => r.executed, fmt: MONEY },
  { header: '执行率（%）', width: 9, value: (r) => r.executionRate, fmt: FIXED2 },
  { header: '执行率得分', width: 9, value: (r) => r.executionScore, fmt: FIXED2 },
  { header: '自评得分', width: 9, value: (r) => r.total, fmt: FIXED2 },
  { header: '自评等级', width: 8, value: (r) => r.grade },
  { header: '复核得分', width: 9, value: (r) => r.reviewTotal, fmt: FIXED2 },
  { header: '最终等级', width: 8, value: (r) => r.finalGrade },
  { header: '状态', width: 16, value: (r) => r.status },
];

const BORDER: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const font = (bold = false, size = 10) => ({
  name: FONT_NAME,
  size,
  bold,
  charset: 134,
  family: 3,
});

/**
 * 绩效自评结果汇总表, written row by row to a streaming workbook: each row is committed (flushed
 * to disk) as soon as it is written, so a summary of thousands of evaluations never sits in
 * memory as a workbook. The header rows repeat on every printed page.
 */
export async function writeSummary(
  wb: stream.xlsx.WorkbookWriter,
  title: string,
  batches: AsyncIterable<SummaryRow[]>,
  onRows: (written: number) => Promise<void>,
): Promise<number> {
  const cols = SUMMARY_COLUMNS.length + 1;
  const ws: Worksheet = wb.addWorksheet(
    '汇总',
    printOptions({ repeatRows: '1:3', landscape: true }),
  );
  [6, ...SUMMARY_COLUMNS.map((c) => c.width)].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const head = ws.getRow(1);
  head.height = 32;
  ws.mergeCells(1, 1, 1, cols);
  head.getCell(1).value = title;
  head.getCell(1).font = font(true, 16);
  head.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  head.commit();
  const note = ws.getRow(2);
  ws.mergeCells(2, 1, 2, cols);
  note.getCell(1).value =
    `导出时间：${new Date().toISOString().slice(0, 16).replace('T', ' ')}（UTC）`;
  note.getCell(1).font = font();
  note.getCell(1).alignment = { horizontal: 'right' };
  note.commit();
  const header = ws.getRow(3);
  header.height = 30;
  ['序号', ...SUMMARY_COLUMNS.map((c) => c.header)].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = font(true);
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.commit();
  let n = 0;
  let adjusted = new Dec(0);
  let executed = new Dec(0);
  for await (const batch of batches) {
    for (const item of batch) {
      n += 1;
      adjusted = adjusted.add(item.adjusted);
      executed = executed.add(item.executed);
      const row = ws.getRow(n + 3);
      // Wrapped names need taller rows; Excel does not grow them by itself once written.
      const lines = Math.max(
        1,
        ...SUMMARY_COLUMNS.map((c) => Math.ceil(textWidth(c.value(item) ?? '') / (c.width - 2))),
      );
      row.height = Math.max(18, lines * 14 + 4);
      row.getCell(1).value = n;
      SUMMARY_COLUMNS.forEach((c, i) => {
        const cell = row.getCell(i + 2);
        const v = c.value(item);
        const num = c.fmt && v !== null ? exactNumber(v) : null;
        if (num !== null) {
          cell.value = num;
          cell.numFmt = c.fmt as string;
        } else cell.value = v;
      });
      for (let i = 1; i <= cols; i += 1) {
        const cell = row.getCell(i);
        cell.font = font();
        cell.border = BORDER;
        cell.alignment = {
          horizontal: i === 3 || i === 4 ? 'left' : 'center',
          vertical: 'middle',
          wrapText: true,
        };
      }
      row.commit();
    }
    await onRows(n);
  }
  const total = ws.getRow(n + 4);
  ws.mergeCells(n + 4, 1, n + 4, 5);
  total.getCell(1).value = `合计（${n} 份）`;
  const sums: [number, string][] = [
    [6, adjusted.toFixed()],
    [7, executed.toFixed()],
  ];
  for (const [col, v] of sums) {
    const num = exactNumber(v);
    total.getCell(col).value = num ?? v;
    if (num !== null) total.getCell(col).numFmt = MONEY;
  }
  if (!adjusted.isZero()) {
    total.getCell(8).value = Number(round(executed.div(adjusted).mul(100), 2));
    total.getCell(8).numFmt = FIXED2;
  }
  for (let i = 1; i <= cols; i += 1) {
    const cell = total.getCell(i);
    cell.font = font(true);
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  }
  total.commit();
  ws.commit();
  return n;
}

/** One CSV field: quoted when needed; a text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | null, numeric = false): string {
  let v = value ?? '';
  const isNumber = numeric && /^-?\d+(\.\d+)?$/.test(v);
  if (!isNumber && /^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvHeader(): string {
  return ['序号', ...SUMMARY_COLUMNS.map((c) => c.header)].map((h) => csvField(h)).join(',');
}

export function csvRow(n: number, r: SummaryRow): string {
  return [String(n), ...SUMMARY_COLUMNS.map((c) => csvField(c.value(r), Boolean(c.fmt)))].join(',');
}
