import {
  BUILTIN_TEMPLATES,
  DEFAULT_TEMPLATE_BY_KIND,
  type EvaluationSheet,
  type Grade,
  type QualitativeLevel,
  type ScoringTemplate,
  type SheetKind,
  type TemplateFundSection,
} from '../../shared/scoring';

/**
 * The 评分试算 page state: the sheet of SCORING.md as the user types it (every cell a string),
 * and its conversion to the JSON both the browser engine and POST /api/scoring/preview take.
 */

export interface ScoringRow {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值 */
  target: string;
  /** 实际完成值 */
  actual: string;
  /** 分值 */
  weight: string;
  /** The evaluator's 得分; '' = by the rules. */
  score: string;
  /** 定性 only: 达成程度. */
  level: '' | QualitativeLevel;
  /** false = 不适用. */
  applicable: boolean;
  /** 偏差原因分析及改进措施 */
  reason: string;
}

export interface FundRow {
  item: string;
  weight: string;
  score: string;
  note: string;
}

export interface ScoringState {
  kind: SheetKind;
  template: string;
  budget: { initial: string; adjusted: string; executed: string; weight: string };
  fundManagement: FundRow[];
  indicators: ScoringRow[];
  /** The figures as published, to be checked (optional). */
  reported: { total: string; grade: '' | Grade };
}

export const emptyScoringRow = (level1 = '', level2 = ''): ScoringRow => ({
  level1,
  level2,
  name: '',
  target: '',
  actual: '',
  weight: '',
  score: '',
  level: '',
  applicable: true,
  reason: '',
});

export const templateOf = (id: string): ScoringTemplate | undefined =>
  Object.prototype.hasOwnProperty.call(BUILTIN_TEMPLATES, id) ? BUILTIN_TEMPLATES[id] : undefined;

export const fundSectionOf = (
  template: ScoringTemplate | undefined,
): TemplateFundSection | undefined =>
  template?.sections.find((s): s is TemplateFundSection => s.id === 'fundManagement');

const executionWeightOf = (template: ScoringTemplate | undefined): string =>
  template?.sections.find((s) => s.id === 'execution')?.weight ?? '10';

/** 资金管理情况 rows of a template, full marks by default (the reviewer lowers what is due). */
export const fundRowsOf = (template: ScoringTemplate | undefined): FundRow[] =>
  (fundSectionOf(template)?.items ?? []).map((item) => ({
    item: item.name,
    weight: item.weight,
    score: item.weight,
    note: '',
  }));

export function initialState(kind: SheetKind = 'project', templateId?: string): ScoringState {
  const id = templateId ?? DEFAULT_TEMPLATE_BY_KIND[kind];
  const template = templateOf(id);
  return {
    kind,
    template: id,
    budget: { initial: '', adjusted: '', executed: '', weight: executionWeightOf(template) },
    fundManagement: fundRowsOf(template),
    indicators: [emptyScoringRow()],
    reported: { total: '', grade: '' },
  };
}

/** Switching the template keeps the budget and the indicators, and re-bases 资金管理情况. */
export function withTemplate(state: ScoringState, templateId: string): ScoringState {
  const template = templateOf(templateId);
  const hasFund = Boolean(fundSectionOf(template));
  return {
    ...state,
    kind: template?.kind ?? state.kind,
    template: templateId,
    budget: { ...state.budget, weight: executionWeightOf(template) },
    fundManagement: hasFund
      ? state.fundManagement.length > 0
        ? state.fundManagement
        : fundRowsOf(template)
      : [],
  };
}

/** The sheet JSON of SCORING.md: optional fields only when they say something. */
export function toSheet(state: ScoringState): EvaluationSheet {
  const template = templateOf(state.template);
  const sheet: EvaluationSheet = {
    kind: state.kind,
    template: state.template,
    budget: {
      initial: state.budget.initial.trim(),
      adjusted: state.budget.adjusted.trim(),
      executed: state.budget.executed.trim(),
      weight: state.budget.weight.trim(),
    },
    indicators: state.indicators.map((r) => ({
      level1: r.level1.trim(),
      level2: r.level2.trim(),
      name: r.name.trim(),
      target: r.target.trim(),
      actual: r.actual.trim(),
      weight: r.weight.trim(),
      ...(r.score.trim() !== '' ? { score: r.score.trim() } : {}),
      ...(r.level ? { level: r.level } : {}),
      ...(r.applicable ? {} : { applicable: false }),
      ...(r.reason.trim() !== '' ? { reason: r.reason.trim() } : {}),
    })),
  };
  if (fundSectionOf(template)) {
    sheet.fundManagement = state.fundManagement.map((f) => ({
      item: f.item.trim(),
      weight: f.weight.trim(),
      score: f.score.trim(),
      ...(f.note.trim() !== '' ? { note: f.note.trim() } : {}),
    }));
  }
  const reported: NonNullable<EvaluationSheet['reported']> = {};
  if (state.reported.total.trim() !== '') reported.total = state.reported.total.trim();
  if (state.reported.grade) reported.grade = state.reported.grade;
  if (Object.keys(reported).length > 0) sheet.reported = reported;
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// 粘贴表格: rows copied from Excel (tab-separated, quoted cells for line breaks)
// ---------------------------------------------------------------------------------------------

/** Excel's clipboard text → cells. A quoted cell may hold tabs, line breaks and "" quotes. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  const input = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

type Column =
  'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'deviation' | 'reason';

/** The column order of the seed-002 自评表 indicator part. */
export const DEFAULT_COLUMNS: readonly Column[] = [
  'level1',
  'level2',
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'deviation',
  'reason',
];

const HEADER_WORDS: [RegExp, Column][] = [
  [/一级/, 'level1'],
  [/二级/, 'level2'],
  [/三级|指标名称/, 'name'],
  [/实际/, 'actual'],
  [/指标值|目标值/, 'target'],
  [/分值|权重/, 'weight'],
  [/得分/, 'score'],
  [/偏差度/, 'deviation'],
  [/原因|改进/, 'reason'],
];

function headerColumns(cells: string[]): Column[] | null {
  const columns = cells.map((cell) => HEADER_WORDS.find(([re]) => re.test(cell))?.[1]);
  const known = columns.filter((c): c is Column => c !== undefined);
  if (!known.includes('name') || known.length < 3) return null;
  return columns.map((c) => c ?? 'deviation');
}

export interface PasteResult {
  rows: ScoringRow[];
  /** Rows skipped (the header, lines with no 三级指标). */
  skipped: number;
  /** Whether a header row named the columns. */
  header: boolean;
}

/**
 * Indicator rows pasted from Excel: a header row (一级指标 / 二级指标 / 三级指标 / 年度指标值 /
 * 实际完成值 / 分值 / 得分 / 偏差原因…) names the columns, else the seed-002 order is assumed.
 * Blank 一级 / 二级 cells continue the row above (merged cells paste as blanks). A pasted 得分
 * becomes the evaluator's score. 小计 / 合计 / 总分 lines are skipped.
 */
export function parsePastedRows(text: string): PasteResult {
  const table = parseTsv(text);
  if (table.length === 0) return { rows: [], skipped: 0, header: false };
  const fromHeader = headerColumns(table[0]);
  const columns = fromHeader ?? DEFAULT_COLUMNS;
  const body = fromHeader ? table.slice(1) : table;
  const rows: ScoringRow[] = [];
  let skipped = fromHeader ? 1 : 0;
  let level1 = '';
  let level2 = '';
  for (const cells of body) {
    const get = (column: Column): string => {
      const i = columns.indexOf(column);
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    };
    if (get('level1')) {
      if (get('level1') !== level1) level2 = '';
      level1 = get('level1');
    }
    if (get('level2')) level2 = get('level2');
    const name = get('name');
    // 小计 / 合计 / 总分 lines are the table's own sums, not indicators.
    if (!name || /^(小计|合计|总分|总计)$/.test(name.replace(/\s/g, ''))) {
      skipped++;
      continue;
    }
    rows.push({
      ...emptyScoringRow(level1, level2),
      name,
      target: get('target'),
      actual: get('actual'),
      weight: get('weight'),
      score: get('score'),
      reason: get('reason'),
    });
  }
  return { rows, skipped, header: fromHeader !== null };
}
