import { canonical, Dec } from '../../../../shared/decimal';
import {
  LIKELIHOOD_LABELS,
  LIKELIHOODS,
  Likelihood,
  REASON_KEYS,
  REASON_LABELS,
  ReasonKey,
} from '../../../../shared/monitoring';
import { runs } from './evaluation.layout';
import { fixed2, Grid, money } from './grid';
import { numberToDecimal, SheetReader } from './reader';
import type { MonitoringDoc } from './types';

/** 绩效运行监控表 (seed 002's 事中绩效自主监控), 10 columns A–J. */
export const MONITORING_TITLE = '绩效运行监控表';

export const MONITORING_LABELS = {
  codeLabel: { project: '项目编码', department: '单位编码' },
  nameLabel: { project: '项目名称', department: '部门（单位）名称' },
  executed: '截至监控时点执行数',
  expectedExecuted: '全年预计执行数',
  overall: '整体预警',
} as const;

export const MONITORING_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '截至监控时点完成值',
  '全年预计完成值',
  '偏差原因',
  '完成目标可能性',
  '纠偏措施',
  '预警',
];

/** 偏差原因 as printed: one line per cause the unit gave, 「经费保障：…」. */
export function formatReasons(reasons: Record<ReasonKey, string>): string {
  return REASON_KEYS.filter((k) => (reasons[k] ?? '').trim() !== '')
    .map((k) => `${REASON_LABELS[k]}：${reasons[k]}`)
    .join('\n');
}

export function monitoringGrid(doc: MonitoringDoc): Grid {
  const L = MONITORING_LABELS;
  const g = new Grid([9, 10, 17, 12, 12, 12, 18, 10, 18, 9]);
  g.put(1, 1, MONITORING_TITLE, 'title', 1, 10);
  g.height(1, 34);
  g.put(2, 1, `${L.codeLabel[doc.kind]}：${doc.code}`, 'note-left', 2, 4);
  g.put(2, 5, `（${doc.year} 年度，截至 ${doc.month} 月底）`, 'note-center', 2, 7);
  g.put(2, 8, '金额单位：万元', 'note-right', 2, 10);
  g.put(3, 1, L.nameLabel[doc.kind], 'label');
  g.put(3, 2, doc.title, 'text', 3, 7);
  g.put(3, 8, '审核状态', 'label');
  g.put(3, 9, doc.statusLabel, 'center', 3, 10);
  g.put(4, 1, '主管部门', 'label');
  g.put(4, 2, doc.department, 'text', 4, 5);
  g.put(4, 6, '实施单位', 'label');
  g.put(4, 7, doc.implementer, 'text', 4, 10);
  g.put(5, 1, '预算执行情况', 'label', 6, 1);
  g.put(5, 2, '全年预算数', 'header', 5, 3);
  g.put(5, 4, L.executed, 'header', 5, 5);
  g.put(5, 6, '执行率（%）', 'header');
  g.put(5, 7, L.expectedExecuted, 'header', 5, 8);
  g.put(5, 9, '执行进度预警', 'header', 5, 10);
  g.put(6, 2, money(doc.budget), 'number', 6, 3);
  g.put(6, 4, money(doc.executed), 'number', 6, 5);
  g.put(6, 6, fixed2(doc.executionRate), 'number');
  g.put(6, 7, money(doc.expectedExecuted), 'number', 6, 8);
  g.put(6, 9, doc.executionLight, 'center', 6, 10);
  let r = 7;
  MONITORING_HEADERS.forEach((h, i) => g.put(r, i + 1, h, 'header'));
  g.height(r, 30);
  r += 1;
  const rows = doc.indicators;
  for (const [a, b] of runs(rows, (x) => x.level1))
    g.put(r + a, 1, rows[a].level1, 'center', r + b, 1);
  for (const [a, b] of runs(rows, (x) => `${x.level1}\u0000${x.level2}`))
    g.put(r + a, 2, rows[a].level2, 'center', r + b, 2);
  for (const row of rows) {
    g.put(r, 3, row.name, 'text');
    g.put(r, 4, row.target, 'center');
    g.put(r, 5, row.progress, 'center');
    g.put(r, 6, row.expected, 'center');
    g.put(r, 7, row.reasons, 'text');
    g.put(r, 8, row.likelihood, 'center');
    g.put(r, 9, row.measures, 'text');
    g.put(r, 10, row.light, 'center');
    r += 1;
  }
  g.put(r, 1, L.overall, 'label', r, 2);
  g.put(r, 3, doc.overallLight, 'text', r, 10);
  g.row = r + 1;
  return g;
}

// ---------------------------------------------------------------------------------------------
// Reading a filled-in sheet back
// ---------------------------------------------------------------------------------------------

/** Names a clerk may give a cause under (spaces ignored), the printed one first. */
const REASON_ALIASES: Record<ReasonKey, string[]> = {
  funding: ['经费保障', '经费', '资金保障'],
  institution: ['制度保障', '制度'],
  staffing: ['人员保障', '人员'],
  hardware: ['硬件条件保障', '硬件条件', '硬件保障', '硬件'],
  other: ['其他原因', '其它原因', '其他', '其它'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 「经费保障：」 at the start of a line or after a 「；」, optionally numbered 「1.」「（1）」. */
const REASON_START = new RegExp(
  `(?:^|\\n|[；;])[ \\t\\u3000]*(?:[（(]?\\d{1,2}[)）.、．][ \\t\\u3000]*)?(${Object.values(
    REASON_ALIASES,
  )
    .flat()
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})[ \\t\\u3000]*[:：]`,
  'g',
);

const ALIAS_KEY = new Map<string, ReasonKey>(
  (Object.entries(REASON_ALIASES) as [ReasonKey, string[]][]).flatMap(([k, names]) =>
    names.map((n) => [n, k] as [string, ReasonKey]),
  ),
);

/**
 * 偏差原因 text back into its causes: 「经费保障：…」 lines (as exported; 「经费：」, numbered
 * items and 「；」 between items are read too). Text under no cause is 其他.
 */
export function parseReasons(text: string): Record<ReasonKey, string> {
  const out: Record<ReasonKey, string> = {
    funding: '',
    institution: '',
    staffing: '',
    hardware: '',
    other: '',
  };
  // A separator (line break, 「；」) belongs to the cause after it, so values keep their text.
  const add = (key: ReasonKey, value: string) => {
    const v = value.trim();
    if (v !== '') out[key] = out[key] ? `${out[key]}\n${v}` : v;
  };
  const all = text.replace(/\r\n?/g, '\n');
  const marks = [...all.matchAll(REASON_START)];
  add('other', all.slice(0, marks[0]?.index ?? all.length));
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? all.length;
    add(ALIAS_KEY.get(m[1]) ?? 'other', all.slice(start, end));
  });
  return out;
}

const LIKELIHOOD_ALIASES: Record<Likelihood, string[]> = {
  certain: ['确定能', '确定能完成', '能', '能完成', '肯定能', '确定', 'certain'],
  possible: ['有可能', '有可能完成', '可能', '基本能', 'possible'],
  impossible: ['完全不可能', '不可能', '不能', '不能完成', '无法完成', 'impossible'],
};

/** 完成目标可能性 as typed → the enum; '' when blank, null when it is none of them. */
export function parseLikelihood(text: string): Likelihood | '' | null {
  const t = text.replace(/[\s“”"'‘’「」。.]/g, '').toLowerCase();
  if (t === '') return '';
  return LIKELIHOODS.find((l) => LIKELIHOOD_ALIASES[l].includes(t)) ?? null;
}

export interface MonitoringImportRow {
  level1: string;
  level2: string;
  name: string;
  target: string;
  progress: string;
  expected: string;
  reasons: Record<ReasonKey, string>;
  likelihood: Likelihood | '';
  measures: string;
}

type RowField = Exclude<keyof MonitoringImportRow, 'reasons'> | 'reasons';

export interface MonitoringImport {
  kind: 'project' | 'department';
  code: string;
  year: number;
  month: number;
  executed: string;
  expectedExecuted: string | null;
  indicators: MonitoringImportRow[];
  /** Where each value came from, to point the server's own checks at a cell. */
  at: {
    codeRow: number;
    codeCol: number;
    monthRow: number;
    monthCol: number;
    budgetRow: number;
    budgetCols: { executed: number; expectedExecuted: number };
    headerRow: number;
    indicatorRows: number[];
    indicatorCols: Partial<Record<RowField, number>>;
  };
}

/** Header labels accepted on import for each column (spaces ignored). */
const COLUMN_ALIASES: [RowField, string[]][] = [
  ['level1', ['一级指标']],
  ['level2', ['二级指标']],
  ['name', ['三级指标']],
  ['target', ['年度指标值', '指标值']],
  ['progress', ['截至监控时点完成值', '截至监控时点的完成值', '截至目前完成值']],
  ['expected', ['全年预计完成值', '全年预计完成情况']],
  ['reasons', ['偏差原因', '偏差原因分析']],
  ['likelihood', ['完成目标可能性', '完成目标的可能性', '完成可能性']],
  ['measures', ['纠偏措施', '拟采取的纠偏措施']],
];

const REQUIRED: RowField[] = ['name', 'progress', 'expected'];

/**
 * 截至监控时点完成值 and 全年预计完成值 as text. A number is read as Excel shows it; one Excel
 * turned into a percentage (「85%」 typed, 0.85 stored) keeps its per cent.
 */
function valueText(r: SheetReader, row: number, col: number): string {
  const v = r.raw(row, col);
  if (typeof v === 'number' && Number.isFinite(v)) {
    const fmt = r.ws.getCell(row, col).numFmt ?? '';
    if (fmt.includes('%')) return `${canonical(new Dec(numberToDecimal(v)).mul(100))}%`;
    return numberToDecimal(v);
  }
  return r.text(row, col).trim();
}

/** `（2023 年度，截至 6 月底）`, `截至2023年6月30日`, `监控月份：6` → 6. */
export function monthIn(text: string): number | null {
  const m =
    /截至\s*(?:\d{4}\s*年\s*)?(\d{1,2})\s*月/.exec(text) ??
    /监控(?:时点|月份)\s*[:：]?\s*(?:\d{4}\s*年\s*)?(\d{1,2})\s*月?/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Reads a 绩效运行监控表 laid out as `monitoringGrid` writes it: what the unit fills in (执行数,
 * per indicator 完成值, 偏差原因, 完成目标可能性, 纠偏措施). 全年预算数, 执行率 and the 预警 lights
 * are the server's and are not read. Blocks and columns are found by their labels, so extra
 * blank rows or a moved column do not matter. Returns null when the sheet is not such a table.
 */
export function readMonitoring(r: SheetReader, maxRows: number): MonitoringImport | null {
  const L = MONITORING_LABELS;
  if (!r.label(1, 1).includes(MONITORING_TITLE)) {
    r.problem(
      1,
      1,
      `不是${MONITORING_TITLE}：第 1 行应为标题「${MONITORING_TITLE}」，实际为「${r.text(1, 1).trim()}」`,
    );
    return null;
  }
  const out: MonitoringImport = {
    kind: 'project',
    code: '',
    year: 0,
    month: 0,
    executed: '0',
    expectedExecuted: null,
    indicators: [],
    at: {
      codeRow: 2,
      codeCol: 1,
      monthRow: 2,
      monthCol: 5,
      budgetRow: 0,
      budgetCols: { executed: 4, expectedExecuted: 7 },
      headerRow: 0,
      indicatorRows: [],
      indicatorCols: {},
    },
  };

  // 项目编码 / 单位编码, 年度 and 监控时点 in the lines under the title.
  let monthText = '';
  for (let row = 1; row <= Math.min(4, r.lastRow); row += 1) {
    for (let col = 1; col <= r.lastCol; col += 1) {
      const text = r.text(row, col);
      const code = /(项目编码|单位编码)\s*[:：]\s*(\S+)/.exec(text);
      if (code && !out.code) {
        out.kind = code[1] === L.codeLabel.department ? 'department' : 'project';
        out.code = code[2];
        out.at.codeRow = row;
        out.at.codeCol = col;
      }
      const year = /(\d{4})\s*年度/.exec(text) ?? /(\d{4})\s*年/.exec(text);
      if (year && !out.year) out.year = Number(year[1]);
      const month = monthIn(text);
      if (month !== null && !out.month) {
        out.month = month;
        monthText = text.trim();
        out.at.monthRow = row;
        out.at.monthCol = col;
      }
    }
  }
  if (!out.code)
    r.problem(2, 1, '未找到「项目编码：…」或「单位编码：…」（第 2 行），无法确定对应的项目');
  if (!out.year) r.problem(2, 5, '未找到年度（第 2 行应有「（2023 年度，截至 6 月底）」）');
  if (!out.month) r.problem(2, 5, '未找到监控时点（第 2 行应有「截至 6 月底」），无法确定监控月份');
  else if (out.month < 1 || out.month > 12) {
    r.problem(
      out.at.monthRow,
      out.at.monthCol,
      `监控月份应为 1–12 月，实际为「${monthText}」中的 ${out.month} 月`,
    );
    out.month = 0;
  }

  // 预算执行情况: the header row names the columns, the figures are on the row under it.
  const budgetHeader = r.findRow([L.executed], 3, Math.min(r.lastRow, 12));
  if (!budgetHeader) {
    r.problem(null, null, `未找到「预算执行情况」的表头（${L.executed}、${L.expectedExecuted}）`);
  } else {
    const h = r.headerColumns(budgetHeader.row);
    const row = budgetHeader.row + 1;
    out.at.budgetRow = row;
    out.at.budgetCols.executed = budgetHeader.col;
    out.at.budgetCols.expectedExecuted = h.get(L.expectedExecuted) ?? 7;
    out.executed = r.decimal(row, out.at.budgetCols.executed, `「${L.executed}」`) ?? '0';
    out.expectedExecuted = r.decimal(
      row,
      out.at.budgetCols.expectedExecuted,
      `「${L.expectedExecuted}」`,
      { optional: true },
    );
  }

  // 绩效指标
  const header = r.findRow(['三级指标'], 3);
  if (!header) {
    r.problem(null, null, '未找到指标表头（一级指标、二级指标、三级指标…），请使用导出的模板');
    return out;
  }
  out.at.headerRow = header.row;
  const h = r.headerColumns(header.row);
  const cols = out.at.indicatorCols;
  for (const [field, labels] of COLUMN_ALIASES) {
    const col = labels.map((l) => h.get(l)).find((c) => c !== undefined);
    if (col !== undefined) cols[field] = col;
    else if (REQUIRED.includes(field))
      r.problem(header.row, null, `表头缺少「${labels[0]}」列，请使用导出的模板`);
  }
  if (REQUIRED.some((f) => cols[f] === undefined)) return out;
  const text = (row: number, f: RowField) => (cols[f] === undefined ? '' : r.text(row, cols[f]));
  // Columns a clerk fills in: a row where all are blank is a spacer (一级/二级 merge down).
  const filled: RowField[] = ['name', 'progress', 'expected', 'reasons', 'likelihood', 'measures'];
  for (let row = header.row + 1; row <= r.lastRow; row += 1) {
    if (r.label(row, 1) === L.overall) break;
    if (filled.every((f) => text(row, f).trim() === '')) continue;
    if (out.indicators.length >= maxRows) {
      r.problem(row, null, `绩效指标超过 ${maxRows} 行的上限，请分成多个文件导入`);
      break;
    }
    const name = text(row, 'name').trim();
    if (name === '') r.problem(row, cols.name ?? null, '「三级指标」不能为空');
    const likelihoodText = text(row, 'likelihood').trim();
    const likelihood = parseLikelihood(likelihoodText);
    if (likelihood === null) {
      const allowed = LIKELIHOODS.map((l) => `「${LIKELIHOOD_LABELS[l]}」`).join('');
      r.problem(
        row,
        cols.likelihood ?? null,
        `「${name}」的完成目标可能性应为${allowed}之一（或留空），实际为「${likelihoodText}」`,
      );
    }
    out.at.indicatorRows.push(row);
    out.indicators.push({
      level1: text(row, 'level1').trim(),
      level2: text(row, 'level2').trim(),
      name,
      target: text(row, 'target').trim(),
      progress: valueText(r, row, cols.progress as number),
      expected: valueText(r, row, cols.expected as number),
      reasons: parseReasons(text(row, 'reasons')),
      likelihood: likelihood ?? '',
      measures: text(row, 'measures').trim(),
    });
  }
  return out;
}

/** Spaces do not tell two indicator names apart. */
const sameName = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Pairs the sheet's indicator rows with the report's (the approved targets' rows, in order): the
 * same name and 一级/二级指标 at the same position, then anywhere, then the same name alone (at
 * the same position first). `order[i]` is the sheet row index of report row i, or -1 when the
 * sheet lacks it; `extra` are the sheet rows that match none.
 */
export function matchIndicators(
  expected: { level1: string; level2: string; name: string }[],
  rows: { level1: string; level2: string; name: string }[],
): { order: number[]; extra: number[] } {
  type Key = { level1: string; level2: string; name: string };
  const full = (a: Key, b: Key) =>
    sameName(a.name, b.name) && sameName(a.level1, b.level1) && sameName(a.level2, b.level2);
  const named = (a: Key, b: Key) => sameName(a.name, b.name);
  const used = new Set<number>();
  const order = expected.map(() => -1);
  for (const same of [full, named]) {
    expected.forEach((e, i) => {
      if (order[i] !== -1) return;
      let s = rows[i] && !used.has(i) && same(rows[i], e) ? i : -1;
      if (s === -1) s = rows.findIndex((row, k) => !used.has(k) && same(row, e));
      if (s !== -1) {
        used.add(s);
        order[i] = s;
      }
    });
  }
  const extra = rows.map((_, s) => s).filter((s) => !used.has(s));
  return { order, extra };
}
