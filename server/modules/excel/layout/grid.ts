import type { AddWorksheetOptions, Alignment, Borders, Font, Worksheet } from 'exceljs';
import { canonical } from '../../../../shared/decimal';

/**
 * A printed table laid out as a grid before it is written: cells, merged ranges and styles, so
 * that row heights can be computed from the text (Excel does not grow rows with merged, wrapped
 * cells by itself) and the same layout can go to an in-memory or a streaming worksheet.
 */

/** 宋体 with the GB2312 charset, as the paper tables are printed. */
export const FONT_NAME = '宋体';
const CHARSET_GB2312 = 134;

export type CellKind =
  | 'title'
  | 'subtitle'
  | 'note-left'
  | 'note-right'
  | 'note-center'
  | 'label'
  | 'header'
  | 'text'
  | 'center'
  | 'number';

/** A decimal to write as a number when that is exact, with its number format. */
export interface DecimalValue {
  decimal: string;
  numFmt: string;
}

export type GridValue = string | DecimalValue | null;

export interface GridCell {
  row: number;
  col: number;
  /** Bottom-right of a merged range. */
  row2: number;
  col2: number;
  value: GridValue;
  kind: CellKind;
}

/** Number formats: money shows at least 2 decimals and every stored one (up to 6). */
export const MONEY = '0.00####';
export const FIXED2 = '0.00';
export const PLAIN = 'General';

export const money = (value: string | null | undefined): GridValue =>
  value === null || value === undefined || value === '' ? null : { decimal: value, numFmt: MONEY };
export const fixed2 = (value: string | null | undefined): GridValue =>
  value === null || value === undefined || value === '' ? null : { decimal: value, numFmt: FIXED2 };
export const plain = (value: string | null | undefined): GridValue =>
  value === null || value === undefined || value === '' ? null : { decimal: value, numFmt: PLAIN };

/**
 * A decimal string as a JS number, only when the double holds it exactly (at most 15 significant
 * digits and the round trip gives the same decimal); otherwise null and the caller writes text.
 */
export function exactNumber(decimal: string): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(decimal)) return null;
  const digits = decimal.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  if (digits.length > 15) return null;
  const n = Number(decimal);
  if (!Number.isFinite(n) || canonical(String(n)) !== canonical(decimal)) return null;
  return n;
}

const BORDER: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function font(kind: CellKind): Partial<Font> {
  const base = { name: FONT_NAME, charset: CHARSET_GB2312, family: 3 } as Partial<Font>;
  switch (kind) {
    case 'title':
      return { ...base, size: 16, bold: true };
    case 'subtitle':
    case 'note-left':
    case 'note-right':
    case 'note-center':
      return { ...base, size: 10 };
    case 'label':
    case 'header':
      return { ...base, size: 10, bold: true };
    default:
      return { ...base, size: 10 };
  }
}

function alignment(kind: CellKind): Partial<Alignment> {
  switch (kind) {
    case 'text':
      return { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 };
    case 'note-left':
      return { horizontal: 'left', vertical: 'middle' };
    case 'note-right':
      return { horizontal: 'right', vertical: 'middle' };
    default:
      return { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

const bordered = (kind: CellKind) =>
  !['title', 'subtitle', 'note-left', 'note-right', 'note-center'].includes(kind);

/** Display width of a text in units of column width (a 10-point 宋体 CJK glyph ≈ 1.7). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 1.7 : 1;
  return w;
}

function display(value: GridValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return value.decimal;
}

export class Grid {
  readonly cells: GridCell[] = [];
  private readonly minHeights = new Map<number, number>();
  /** The next free row. */
  row = 1;

  constructor(
    /** Column widths (character units), one per column. */
    readonly widths: number[],
  ) {}

  get cols(): number {
    return this.widths.length;
  }

  /** Places a value in [row..row2] × [col..col2] (1-based, inclusive). */
  put(row: number, col: number, value: GridValue, kind: CellKind, row2 = row, col2 = col): void {
    this.cells.push({ row, col, row2, col2, value, kind });
  }

  /** Sets a row's minimum height (points). */
  height(row: number, points: number): void {
    this.minHeights.set(row, Math.max(points, this.minHeights.get(row) ?? 0));
  }

  /** Row heights that fit every wrapped text; a tall merged cell shares its need over its rows. */
  heights(lastRow: number): Map<number, number> {
    const need = new Map<number, number>();
    for (let r = 1; r <= lastRow; r += 1) need.set(r, this.minHeights.get(r) ?? 20);
    for (const c of this.cells) {
      const text = display(c.value);
      if (text === '') continue;
      let width = 0;
      for (let k = c.col; k <= c.col2; k += 1) width += this.widths[k - 1] ?? 8;
      const size = c.kind === 'title' ? 16 : 10;
      const perLine = Math.max(1, (width - (c.kind === 'text' ? 3 : 1)) * (10 / size) * 0.95);
      const lines = text
        .split('\n')
        .reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / perLine)), 0);
      const total = lines * size * 1.45 + 6;
      const rows = c.row2 - c.row + 1;
      for (let r = c.row; r <= c.row2; r += 1)
        need.set(r, Math.max(need.get(r) ?? 20, total / rows));
    }
    for (const [r, h] of need) need.set(r, Math.min(409, Math.ceil(h)));
    return need;
  }

  /**
   * Writes the grid: widths, values (text as text — a string starting with `=` stays a string
   * cell, never a formula), styles on every cell of a merged range so the borders print, merges,
   * and row heights. Works on a streaming worksheet too (rows are committed by the caller).
   */
  writeTo(ws: Worksheet, lastRow = this.row - 1): void {
    this.widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const c of this.cells) {
      const style = { font: font(c.kind), alignment: alignment(c.kind) };
      for (let r = c.row; r <= c.row2; r += 1) {
        for (let k = c.col; k <= c.col2; k += 1) {
          const cell = ws.getCell(r, k);
          cell.font = style.font;
          cell.alignment = style.alignment;
          if (bordered(c.kind)) cell.border = BORDER;
        }
      }
      const master = ws.getCell(c.row, c.col);
      const v = c.value;
      if (v === null) master.value = null;
      else if (typeof v === 'string') master.value = v;
      else {
        const n = exactNumber(v.decimal);
        if (n === null) master.value = v.decimal;
        else {
          master.value = n;
          master.numFmt = v.numFmt;
        }
      }
      if (c.row2 > c.row || c.col2 > c.col) ws.mergeCells(c.row, c.col, c.row2, c.col2);
    }
    for (const [r, h] of this.heights(lastRow)) ws.getRow(r).height = h;
  }
}

/**
 * Worksheet options for print: A4, fit to one page wide, centred, header rows repeated on every
 * page, page numbers in the footer. Passed to addWorksheet, because a streaming worksheet writes
 * its sheet properties before the first row.
 */
export function printOptions(opts: {
  repeatRows?: string;
  landscape?: boolean;
}): Partial<AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: opts.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(opts.repeatRows ? { printTitlesRow: opts.repeatRows } : {}),
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    views: [{ showGridLines: false }],
  };
}

/** A worksheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in `used`. */
export function sheetName(title: string, used: Set<string>): string {
  const clean = title.replace(/[[\]:*?/\\]/g, '_').trim() || 'Sheet';
  let name = clean.slice(0, 31);
  for (let i = 2; used.has(name); i += 1) {
    const suffix = `(${i})`;
    name = clean.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name);
  return name;
}
