import { fixed2, Grid, money, plain } from './grid';
import type { SheetReader } from './reader';
import type { EvaluationSheetDoc } from './types';

/**
 * 项目单位自评表 and 部门整体自评表 as seed 002 prints them (10 columns A–J):
 *
 *   title · 项目编码/年度/金额单位 · 项目名称 · 主管部门 | 实施单位
 *   项目资金（万元）: 年初预算数 全年预算数 全年执行数 分值 执行率 得分 — total row, then the sources
 *   资金管理情况: 情况说明 分值 得分 存在问题和改进措施 (templates with that section)
 *   年度总体目标: 预期目标 | 实际完成情况      (部门整体: 年度履职目标, then 年度主要任务)
 *   绩效指标: 一级 二级 三级 年度指标值 实际完成值 分值 得分 偏差度 偏差原因分析及改进措施
 *   总分
 *
 * Column A carries each block's name, merged down the block: the reader finds blocks by it.
 */
export const EVALUATION_WIDTHS = [6, 10, 12, 20, 13, 13, 7, 8, 9, 22];

export const EVALUATION_TITLES = {
  project: '项目单位自评表',
  department: '部门整体自评表',
} as const;

export const EVALUATION_LABELS = {
  budget: { project: '项目资金（万元）', department: '部门整体支出情况' },
  fund: '资金管理情况',
  goals: { project: '年度总体目标', department: '年度履职目标' },
  tasks: '年度主要任务',
  indicators: '绩效指标',
  total: '总分',
  budgetTotal: { project: '年度资金总额（万元）', department: '部门预算总额（万元）' },
  codeLabel: { project: '项目编码', department: '单位编码' },
  nameLabel: { project: '项目名称', department: '部门（单位）名称' },
} as const;

export const EVALUATION_HEADERS = {
  budget: ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率（%）', '得分'],
  fund: ['情况说明', '分值', '得分', '存在问题和改进措施'],
  indicators: [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差度（%）',
    '偏差原因分析及改进措施',
  ],
};

/** Runs of equal keys: [start, end] index pairs (for merging 一级/二级指标 down the rows). */
export function runs<T>(items: T[], key: (t: T) => string): [number, number][] {
  const out: [number, number][] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && key(items[last[0]]) === key(item) && key(item) !== '') last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

export function evaluationGrid(doc: EvaluationSheetDoc): Grid {
  const g = new Grid(EVALUATION_WIDTHS);
  const k = doc.kind;
  const L = EVALUATION_LABELS;
  g.put(1, 1, EVALUATION_TITLES[k], 'title', 1, 10);
  g.height(1, 34);
  g.put(2, 1, `${L.codeLabel[k]}：${doc.code}`, 'note-left', 2, 4);
  g.put(2, 5, `（${doc.year} 年度）`, 'note-center', 2, 7);
  g.put(2, 8, '金额单位：万元', 'note-right', 2, 10);
  g.height(2, 20);
  let r = 3;
  g.put(r, 1, L.nameLabel[k], 'label', r, 3);
  g.put(r, 4, doc.title, 'text', r, 10);
  r += 1;
  if (k === 'project') {
    g.put(r, 1, '主管部门', 'label', r, 3);
    g.put(r, 4, doc.department, 'text', r, 6);
    g.put(r, 7, '实施单位', 'label', r, 8);
    g.put(r, 9, doc.implementer, 'text', r, 10);
    r += 1;
  }

  // 项目资金 / 部门整体支出情况
  const budgetRows = 2 + doc.sources.length;
  g.put(r, 1, L.budget[k], 'label', r + budgetRows - 1, 1);
  g.put(r, 2, '', 'header', r, 3);
  const h = EVALUATION_HEADERS.budget;
  [4, 5, 6, 7, 8].forEach((c, i) => g.put(r, c, h[i], 'header'));
  g.put(r, 9, h[5], 'header', r, 10);
  r += 1;
  g.put(r, 2, L.budgetTotal[k], 'label', r, 3);
  g.put(r, 4, money(doc.budget.initial), 'number');
  g.put(r, 5, money(doc.budget.adjusted), 'number');
  g.put(r, 6, money(doc.budget.executed), 'number');
  g.put(r, 7, plain(doc.budget.weight), 'number');
  g.put(r, 8, fixed2(doc.executionRate), 'number');
  g.put(r, 9, plain(doc.executionScore), 'number', r, 10);
  r += 1;
  for (const s of doc.sources) {
    g.put(r, 2, s.label, 'text', r, 3);
    g.put(r, 4, money(s.initial), 'number');
    g.put(r, 5, money(s.adjusted), 'number');
    g.put(r, 6, money(s.executed), 'number');
    g.put(r, 7, '-', 'center');
    g.put(r, 8, fixed2(s.rate), 'number');
    g.put(r, 9, '-', 'center', r, 10);
    r += 1;
  }

  // 资金管理情况
  if (doc.fundManagement.length > 0) {
    g.put(r, 1, L.fund, 'label', r + doc.fundManagement.length, 1);
    g.put(r, 2, '', 'header', r, 3);
    g.put(r, 4, EVALUATION_HEADERS.fund[0], 'header', r, 6);
    g.put(r, 7, EVALUATION_HEADERS.fund[1], 'header');
    g.put(r, 8, EVALUATION_HEADERS.fund[2], 'header');
    g.put(r, 9, EVALUATION_HEADERS.fund[3], 'header', r, 10);
    r += 1;
    for (const f of doc.fundManagement) {
      g.put(r, 2, f.item, 'label', r, 3);
      g.put(r, 4, f.note, 'text', r, 6);
      g.put(r, 7, plain(f.weight), 'number');
      g.put(r, 8, plain(f.score), 'number');
      g.put(r, 9, f.problems, 'text', r, 10);
      r += 1;
    }
  }

  // 年度总体目标 / 年度履职目标
  g.put(r, 1, L.goals[k], 'label', r + 1, 1);
  g.put(r, 2, '预期目标', 'header', r, 6);
  g.put(r, 7, '实际完成情况', 'header', r, 10);
  g.put(r + 1, 2, doc.goals.join('\n'), 'text', r + 1, 6);
  g.put(r + 1, 7, doc.summary, 'text', r + 1, 10);
  g.height(r + 1, 40);
  r += 2;

  // 年度主要任务 (部门整体)
  if (k === 'department' && doc.tasks.length > 0) {
    g.put(r, 1, L.tasks, 'label', r + doc.tasks.length, 1);
    g.put(r, 2, '任务名称', 'header', r, 3);
    g.put(r, 4, '主要内容', 'header', r, 6);
    g.put(r, 7, '实际完成情况', 'header', r, 10);
    r += 1;
    for (const t of doc.tasks) {
      g.put(r, 2, t.name, 'text', r, 3);
      g.put(r, 4, t.content, 'text', r, 6);
      g.put(r, 7, t.actual, 'text', r, 10);
      r += 1;
    }
  }

  // 绩效指标
  const rows = doc.indicators;
  g.put(r, 1, L.indicators, 'label', r + Math.max(rows.length, 1), 1);
  EVALUATION_HEADERS.indicators.forEach((text, i) => g.put(r, i + 2, text, 'header'));
  g.height(r, 30);
  r += 1;
  const first = r;
  for (const [a, b] of runs(rows, (x) => x.level1))
    g.put(first + a, 2, rows[a].level1, 'center', first + b, 2);
  for (const [a, b] of runs(rows, (x) => `${x.level1}\u0000${x.level2}`)) {
    g.put(first + a, 3, rows[a].level2, 'center', first + b, 3);
  }
  for (const row of rows) {
    g.put(r, 4, row.name, 'text');
    g.put(r, 5, row.target, 'center');
    g.put(r, 6, row.actual, 'center');
    g.put(r, 7, plain(row.weight), 'number');
    g.put(r, 8, row.applicable ? plain(row.score) : '不适用', row.applicable ? 'number' : 'center');
    g.put(r, 9, row.deviation === null ? '' : `${row.deviation}%`, 'center');
    g.put(r, 10, row.reason, 'text');
    r += 1;
  }
  if (rows.length === 0) {
    for (let c = 2; c <= 10; c += 1) g.put(r, c, '', 'text');
    r += 1;
  }
  g.put(r, 1, L.total, 'label', r, 6);
  g.put(r, 7, plain(doc.totalWeight), 'number');
  g.put(r, 8, plain(doc.total), 'number');
  g.put(r, 9, `自评等级：${doc.grade}`, 'center', r, 10);
  g.height(r, 22);
  g.row = r + 1;
  return g;
}

// ---------------------------------------------------------------------------------------------
// Reading a filled-in sheet back
// ---------------------------------------------------------------------------------------------

export interface EvaluationImportRow {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  score: string | null;
  applicable: boolean;
  reason: string;
}

export interface EvaluationImport {
  kind: 'project' | 'department';
  code: string;
  year: number;
  title: string;
  budget: { initial: string; adjusted: string; executed: string; weight: string | null };
  fundManagement: { item: string; note: string; weight: string; score: string; problems: string }[];
  summary: string;
  indicators: EvaluationImportRow[];
  /** Where each value came from, to point the server's own checks at a cell. */
  at: {
    codeRow: number;
    budgetRow: number;
    budgetCols: Record<'initial' | 'adjusted' | 'executed' | 'weight', number>;
    fundRows: number[];
    fundCols: Record<'item' | 'note' | 'weight' | 'score' | 'problems', number>;
    summary: { row: number; col: number };
    indicatorRows: number[];
    indicatorCols: Record<keyof EvaluationImportRow | 'score', number>;
  };
}

const INDICATOR_FIELDS: [keyof EvaluationImportRow, string[]][] = [
  ['level1', ['一级指标']],
  ['level2', ['二级指标']],
  ['name', ['三级指标']],
  ['target', ['年度指标值', '指标值']],
  ['actual', ['实际完成值']],
  ['weight', ['分值']],
  ['score', ['得分']],
  ['reason', ['偏差原因分析及改进措施', '偏差原因分析及改进措施（说明）']],
];

function columnsOf<K extends string>(
  header: Map<string, number>,
  fields: [K, string[]][],
  r: SheetReader,
  row: number,
  required: K[],
): Record<K, number> | null {
  const out = {} as Record<K, number>;
  let ok = true;
  for (const [field, labels] of fields) {
    const col = labels.map((l) => header.get(l)).find((c) => c !== undefined);
    if (col === undefined) {
      if (required.includes(field)) {
        r.problem(row, null, `表头缺少「${labels[0]}」列，请使用导出的模板`);
        ok = false;
      }
      continue;
    }
    out[field] = col;
  }
  return ok ? out : null;
}

/**
 * Reads a 项目单位自评表 or 部门整体自评表 laid out as `evaluationGrid` writes it. Blocks are found by
 * the name in column A, columns by their header text, so a clerk's extra blank rows or a moved
 * column do not matter. Returns null when the sheet is not such a table at all.
 */
export function readEvaluation(r: SheetReader, maxRows: number): EvaluationImport | null {
  const title = [1, 2].map((row) => r.label(row, 1)).join('');
  const kind = title.includes(EVALUATION_TITLES.project)
    ? 'project'
    : title.includes(EVALUATION_TITLES.department)
      ? 'department'
      : null;
  if (!kind) {
    r.problem(
      1,
      1,
      `不是自评表：第 1 行应为标题「项目单位自评表」或「部门整体自评表」，实际为「${r.text(1, 1).trim()}」`,
    );
    return null;
  }
  const L = EVALUATION_LABELS;
  let code = '';
  let year: number | null = null;
  let codeRow = 2;
  for (let row = 1; row <= Math.min(4, r.lastRow); row += 1) {
    for (let col = 1; col <= r.lastCol; col += 1) {
      const text = r.text(row, col);
      const m = new RegExp(`${L.codeLabel[kind]}[:：]\\s*(\\S+)`).exec(text);
      if (m) {
        code = m[1];
        codeRow = row;
      }
      const y = /(\d{4})\s*年度/.exec(text);
      if (y) year = Number(y[1]);
    }
  }
  if (!code) r.problem(2, 1, `未找到「${L.codeLabel[kind]}：…」（第 2 行），无法确定对应的自评表`);
  if (!year) r.problem(2, 5, '未找到年度（第 2 行应有「（2023 年度）」）');

  const block = (row: number) => r.label(row, 1);
  const rowsOf = (label: string) => {
    const out: number[] = [];
    for (let row = 3; row <= r.lastRow; row += 1) if (block(row) === label) out.push(row);
    return out;
  };
  const nameRow = r.findRow([L.nameLabel[kind]], 3, Math.min(r.lastRow, 6));
  const titleText = nameRow ? r.text(nameRow.row, 4).trim() : '';

  // 项目资金 / 部门整体支出情况
  const budgetRows = rowsOf(L.budget[kind]);
  const budgetHeader = budgetRows.find((row) => r.headerColumns(row).has('年初预算数'));
  const budget = { initial: '0', adjusted: '0', executed: '0', weight: null as string | null };
  const budgetCols = { initial: 4, adjusted: 5, executed: 6, weight: 7 };
  let budgetRow = budgetHeader ? budgetHeader + 1 : 0;
  if (!budgetHeader) {
    r.problem(
      null,
      null,
      `未找到「${L.budget[kind]}」的表头（年初预算数、全年预算数、全年执行数）`,
    );
  } else {
    const h = r.headerColumns(budgetHeader);
    budgetCols.initial = h.get('年初预算数') ?? 4;
    budgetCols.adjusted = h.get('全年预算数') ?? 5;
    budgetCols.executed = h.get('全年执行数') ?? 6;
    budgetCols.weight = h.get('分值') ?? 7;
    budgetRow = budgetHeader + 1;
    budget.initial = r.decimal(budgetRow, budgetCols.initial, '「年初预算数」') ?? '0';
    budget.adjusted = r.decimal(budgetRow, budgetCols.adjusted, '「全年预算数」') ?? '0';
    budget.executed = r.decimal(budgetRow, budgetCols.executed, '「全年执行数」') ?? '0';
    budget.weight = r.decimal(budgetRow, budgetCols.weight, '「预算执行率分值」', {
      optional: true,
    });
  }

  // 资金管理情况
  const fundCols = { item: 2, note: 4, weight: 7, score: 8, problems: 9 };
  const fundRows: number[] = [];
  const fundManagement: EvaluationImport['fundManagement'] = [];
  const fundBlock = rowsOf(L.fund);
  const fundHeader = fundBlock.find((row) => r.headerColumns(row).has('情况说明'));
  if (fundHeader) {
    const h = r.headerColumns(fundHeader);
    fundCols.note = h.get('情况说明') ?? 4;
    fundCols.weight = h.get('分值') ?? 7;
    fundCols.score = h.get('得分') ?? 8;
    fundCols.problems = h.get('存在问题和改进措施') ?? 9;
    for (const row of fundBlock.filter((x) => x > fundHeader)) {
      const item = r.text(row, fundCols.item).trim();
      if (r.blankRow(row, 2)) continue;
      fundRows.push(row);
      fundManagement.push({
        item,
        note: r.text(row, fundCols.note),
        weight: r.decimal(row, fundCols.weight, `「${item}」的分值`) ?? '0',
        score: r.decimal(row, fundCols.score, `「${item}」的得分`) ?? '0',
        problems: r.text(row, fundCols.problems),
      });
    }
  }

  // 年度总体目标: the 实际完成情况 is the unit's; the 预期目标 comes from the approved targets.
  const goalRows = rowsOf(L.goals[kind]);
  const goalHeader = goalRows.find((row) => r.headerColumns(row).has('实际完成情况'));
  const summaryAt = { row: goalHeader ? goalHeader + 1 : 0, col: 7 };
  let summary = '';
  if (goalHeader) {
    summaryAt.col = r.headerColumns(goalHeader).get('实际完成情况') ?? 7;
    summary = r.text(summaryAt.row, summaryAt.col);
  }

  // 绩效指标
  const indicatorBlock = rowsOf(L.indicators);
  const header = indicatorBlock.find((row) => r.headerColumns(row).has('三级指标'));
  const indicators: EvaluationImportRow[] = [];
  const indicatorRows: number[] = [];
  let indicatorCols = {} as EvaluationImport['at']['indicatorCols'];
  if (!header) {
    r.problem(
      null,
      null,
      '未找到「绩效指标」表头（一级指标、二级指标、三级指标…），请使用导出的模板',
    );
  } else {
    const cols = columnsOf(r.headerColumns(header), INDICATOR_FIELDS, r, header, [
      'level1',
      'level2',
      'name',
      'target',
      'actual',
      'weight',
      'score',
    ]);
    if (cols) {
      indicatorCols = cols;
      for (const row of indicatorBlock.filter((x) => x > header)) {
        const name = r.text(row, cols.name).trim();
        if (r.blankRow(row, 2)) continue; // column A is the block's merged name
        if (indicators.length >= maxRows) {
          r.problem(row, null, `绩效指标超过 ${maxRows} 行的上限，请分成多个文件导入`);
          break;
        }
        if (name === '') r.problem(row, cols.name, '「三级指标」不能为空');
        const scoreText = r.text(row, cols.score).trim();
        const notApplicable = scoreText === '不适用';
        indicatorRows.push(row);
        indicators.push({
          level1: r.text(row, cols.level1).trim(),
          level2: r.text(row, cols.level2).trim(),
          name,
          target: r.text(row, cols.target).trim(),
          actual: r.text(row, cols.actual).trim(),
          weight: r.decimal(row, cols.weight, `「${name}」的分值`) ?? '0',
          score: notApplicable
            ? null
            : r.decimal(row, cols.score, `「${name}」的得分`, { optional: true }),
          applicable: !notApplicable,
          reason: cols.reason ? r.text(row, cols.reason) : '',
        });
      }
    }
  }
  return {
    kind,
    code,
    year: year ?? 0,
    title: titleText,
    budget,
    fundManagement,
    summary,
    indicators,
    at: {
      codeRow,
      budgetRow,
      budgetCols,
      fundRows,
      fundCols,
      summary: summaryAt,
      indicatorRows,
      indicatorCols,
    },
  };
}
