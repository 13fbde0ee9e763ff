import type { Comparator, ParsedValue, QualitativeSubtype } from '../../shared/scoring';

const COMPARATOR_SYMBOLS: Record<Exclude<Comparator, 'range' | 'none'>, string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

const SUBTYPE_LABELS: Record<QualitativeSubtype, string> = {
  judgement: '判断',
  deadline: '时限',
  frequency: '频次',
};

export type ParsedTone = 'quantitative' | 'qualitative' | 'unparsed' | 'empty';

export interface ParsedDescription {
  /** "正向 ≥ 200 人次", "反向 ≤ 3.33 万元", "区间 4–6 个", "定性（时限）", "无法识别：…" */
  text: string;
  tone: ParsedTone;
}

/** 成本 rows are scored 反向 whatever their comparator (SCORING.md, shared/scoring README). */
export const isCostRow = (row: { level1?: string; level2?: string }): boolean =>
  /成本/.test(`${row.level1 ?? ''}${row.level2 ?? ''}`);

/**
 * How the system read a 指标值, in the words of the tables: the direction (正向/反向), the
 * comparator, the number and the unit; or 定性 with its kind; or why it could not be read.
 */
export function describeParsed(
  parsed: ParsedValue | undefined,
  row: { level1?: string; level2?: string } = {},
): ParsedDescription {
  if (!parsed) return { text: '', tone: 'empty' };
  if (parsed.kind === 'qualitative') {
    return {
      text: `定性（${SUBTYPE_LABELS[parsed.subtype] ?? parsed.subtype}）`,
      tone: 'qualitative',
    };
  }
  if (parsed.kind === 'unparsed') {
    if (parsed.raw.trim() === '') return { text: '未填写', tone: 'empty' };
    return { text: `无法识别：${parsed.reason}`, tone: 'unparsed' };
  }
  const unit = parsed.unit ? ` ${parsed.unit}` : '';
  const cost = isCostRow(row);
  if (parsed.comparator === 'range') {
    return { text: `区间 ${parsed.value}–${parsed.upper ?? ''}${unit}`, tone: 'quantitative' };
  }
  const negative = cost || parsed.direction === 'negative';
  const direction = negative ? (cost ? '反向（成本）' : '反向') : '正向';
  const symbol = parsed.comparator === 'none' ? '' : `${COMPARATOR_SYMBOLS[parsed.comparator]} `;
  return { text: `${direction} ${symbol}${parsed.value}${unit}`, tone: 'quantitative' };
}
