import type { Cell, CellValue, Worksheet } from 'exceljs';
import { canonical, Dec } from '../../../../shared/decimal';
import type { ImportProblem } from './types';

/** `D12` style column letter of a 1-based column. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A number from a cell, read the way Excel shows it: 15 significant digits, no binary noise. */
export function numberToDecimal(n: number): string {
  return canonical(new Dec(n.toPrecision(15)));
}

/**
 * Reads cells of an uploaded worksheet as text, whatever Excel stored: shared or inline strings,
 * rich text, numbers, formulas (their cached result), hyperlinks. A merged cell reads as its
 * range's value. Problems are collected with their sheet, row and column, never thrown.
 */
export class SheetReader {
  readonly name: string;
  /** Computed once: exceljs walks every row to count them. */
  readonly lastRow: number;
  readonly lastCol: number;

  constructor(
    readonly ws: Worksheet,
    readonly problems: ImportProblem[],
  ) {
    this.name = ws.name;
    this.lastRow = ws.actualRowCount === 0 ? 0 : ws.rowCount;
    this.lastCol = ws.columnCount;
  }

  /** The cell if the sheet has it: looked up by index (getCell parses an address, and creates). */
  private cell(row: number, col: number): Cell | undefined {
    return this.ws.findRow(row)?.findCell(col);
  }

  /** The raw value, with formulas replaced by their result. */
  raw(row: number, col: number): CellValue {
    const v = this.cell(row, col)?.value ?? null;
    if (isObject(v) && 'formula' in v) return (v as { result?: CellValue }).result ?? null;
    if (isObject(v) && 'sharedFormula' in v) return (v as { result?: CellValue }).result ?? null;
    return v;
  }

  text(row: number, col: number): string {
    const v = this.raw(row, col);
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v.replace(/\r\n?/g, '\n');
    if (typeof v === 'number') return numberToDecimal(v);
    if (typeof v === 'boolean') return v ? '是' : '否';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (isObject(v) && Array.isArray(v.richText)) {
      return (v.richText as { text: string }[])
        .map((t) => t.text)
        .join('')
        .replace(/\r\n?/g, '\n');
    }
    if (isObject(v) && typeof v.text === 'string') return v.text;
    if (isObject(v) && 'error' in v) return '';
    return '';
  }

  /** Text with spaces and line breaks removed, for matching labels. */
  label(row: number, col: number): string {
    return this.text(row, col).replace(/\s+/g, '');
  }

  problem(row: number | null, col: number | null, message: string): void {
    this.problems.push({
      sheet: this.name,
      row,
      column: col === null ? null : columnLetter(col),
      message,
    });
  }

  /** True when the cell holds a number or a numeric text (「1,234.5」 too). */
  isNumeric(row: number, col: number): boolean {
    return this.decimalOrNull(row, col) !== undefined;
  }

  /** The cell as a decimal string, null when blank, undefined when it is not a number. */
  private decimalOrNull(row: number, col: number): string | null | undefined {
    const v = this.raw(row, col);
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') return Number.isFinite(v) ? numberToDecimal(v) : undefined;
    const text = this.text(row, col).trim().replace(/,/g, '');
    if (text === '') return null;
    return /^-?\d+(\.\d+)?$/.test(text) ? canonical(text) : undefined;
  }

  /**
   * A decimal from a number cell. Blank gives `fallback` when there is one, else a problem;
   * a text that is not a number is a problem naming what was found.
   */
  decimal(
    row: number,
    col: number,
    what: string,
    opts: { optional?: boolean; negative?: boolean } = {},
  ): string | null {
    const value = this.decimalOrNull(row, col);
    if (value === undefined) {
      this.problem(row, col, `${what}应为数字，实际为「${this.text(row, col).trim()}」`);
      return null;
    }
    if (value === null) {
      if (!opts.optional) this.problem(row, col, `${what}不能为空`);
      return null;
    }
    if (!opts.negative && value.startsWith('-')) {
      this.problem(row, col, `${what}不能为负数，实际为 ${value}`);
      return null;
    }
    return value;
  }

  /** The first row (from `from`) with a cell whose label equals one of `labels`. */
  findRow(labels: string[], from = 1, to = this.lastRow): { row: number; col: number } | null {
    for (let r = from; r <= to; r += 1) {
      for (let c = 1; c <= Math.max(this.lastCol, 1); c += 1) {
        if (labels.includes(this.label(r, c))) return { row: r, col: c };
      }
    }
    return null;
  }

  /** Column of each header label in `row` (labels compared without spaces). */
  headerColumns(row: number): Map<string, number> {
    const out = new Map<string, number>();
    for (let c = 1; c <= this.lastCol; c += 1) {
      const l = this.label(row, c);
      if (l && !out.has(l)) out.set(l, c);
    }
    return out;
  }

  /** True when every cell of the row from column `from` to `to` is blank. */
  blankRow(row: number, from = 1, to = this.lastCol): boolean {
    for (let c = from; c <= to; c += 1) if (this.text(row, c).trim() !== '') return false;
    return true;
  }
}

/** `（2023 年度）` or `2023年度` anywhere in a text → 2023. */
export function yearIn(text: string): number | null {
  const m = /(\d{4})\s*年度?/.exec(text);
  return m ? Number(m[1]) : null;
}
