import { runs } from './evaluation.layout';
import { Grid, GridValue, money, plain } from './grid';
import type { SheetReader } from './reader';
import type { ProjectTargetDoc, TargetIndicatorRow, UnitTargetDoc } from './types';

/**
 * 项目（政策）绩效目标表 (seed 003's full form) and 部门（单位）整体绩效目标表 (seed 004), 8 columns
 * A–H, the indicator table at the bottom with 一级/二级指标 merged down their rows.
 */
export const PROJECT_TARGET_TITLE = '项目（政策）绩效目标表';
export const UNIT_TARGET_TITLE = '部门（单位）整体绩效目标表';

const PROJECT_WIDTHS = [10, 11, 18, 20, 13, 20, 14, 7];
const UNIT_WIDTHS = [10, 11, 16, 12, 30, 16, 12, 7];

type IndicatorField = keyof TargetIndicatorRow;

/** Header text per field; the project and the unit forms order 指标值 and its 说明 differently. */
const PROJECT_COLUMNS: [IndicatorField, string][] = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['name', '三级指标'],
  ['description', '绩效指标描述'],
  ['target', '指标值'],
  ['basis', '指标值确定依据'],
  ['method', '指标说明（计算方法）'],
  ['weight', '分值'],
];
const UNIT_COLUMNS: [IndicatorField, string][] = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['name', '三级指标'],
  ['target', '指标值'],
  ['description', '指标值说明'],
  ['basis', '指标值确定依据'],
  ['method', '指标说明（计算方法）'],
  ['weight', '分值'],
];

/** Header labels accepted on import for each field (spaces ignored). */
const HEADER_ALIASES: Record<IndicatorField, string[]> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标'],
  target: ['指标值', '年度指标值'],
  description: ['绩效指标描述', '指标值说明', '指标解释'],
  basis: ['指标值确定依据'],
  method: ['指标说明（计算方法）', '指标说明', '计算方法'],
  weight: ['分值'],
};

function indicatorTable(
  g: Grid,
  start: number,
  rows: TargetIndicatorRow[],
  columns: [IndicatorField, string][],
): number {
  let r = start;
  columns.forEach(([, label], i) => g.put(r, i + 1, label, 'header'));
  g.height(r, 30);
  r += 1;
  const first = r;
  for (const [a, b] of runs(rows, (x) => x.level1))
    g.put(first + a, 1, rows[a].level1, 'center', first + b, 1);
  for (const [a, b] of runs(rows, (x) => `${x.level1}\u0000${x.level2}`))
    g.put(first + a, 2, rows[a].level2, 'center', first + b, 2);
  for (const row of rows) {
    columns.forEach(([field], i) => {
      if (field === 'level1' || field === 'level2') return;
      const value: GridValue = field === 'weight' ? plain(row.weight) : row[field];
      g.put(
        r,
        i + 1,
        value,
        field === 'weight' ? 'number' : field === 'target' ? 'center' : 'text',
      );
    });
    r += 1;
  }
  if (rows.length === 0) {
    columns.forEach((_, i) => g.put(r, i + 1, '', 'text'));
    r += 1;
  }
  return r;
}

/** A block of one row per goal, with its name merged down column A. */
function goalRows(g: Grid, start: number, label: string, goals: string[]): number {
  const list = goals.length ? goals : [''];
  g.put(start, 1, label, 'label', start + list.length - 1, 1);
  list.forEach((goal, i) => g.put(start + i, 2, goal, 'text', start + i, 8));
  return start + list.length;
}

const percent = (v: string) => (v === '' ? '' : `${v}%`);

export function projectTargetGrid(doc: ProjectTargetDoc): Grid {
  const g = new Grid(PROJECT_WIDTHS);
  g.put(1, 1, PROJECT_TARGET_TITLE, 'title', 1, 8);
  g.height(1, 34);
  g.put(2, 1, `填报单位：${doc.unitName}`, 'note-left', 2, 3);
  g.put(2, 4, `（${doc.year} 年度）`, 'note-center', 2, 5);
  g.put(2, 6, '金额单位：万元', 'note-right', 2, 8);
  g.put(3, 1, '项目编码', 'label');
  g.put(3, 2, doc.code, 'text', 3, 3);
  g.put(3, 4, '项目名称', 'label');
  g.put(3, 5, doc.name, 'text', 3, 8);
  g.put(4, 1, '主管部门', 'label');
  g.put(4, 2, doc.department, 'text', 4, 3);
  g.put(4, 4, '实施单位', 'label');
  g.put(4, 5, doc.implementer, 'text', 4, 8);
  g.put(5, 1, '项目类型', 'label');
  g.put(5, 2, doc.typeLabel, 'text', 5, 3);
  g.put(5, 4, '审核状态', 'label');
  g.put(5, 5, doc.statusLabel, 'text', 5, 8);
  g.put(6, 1, '预算规模及资金用途', 'label', 7, 1);
  ['资金总额', '财政资金', '财政专户管理资金', '单位资金'].forEach((h, i) =>
    g.put(6, i + 2, h, 'header'),
  );
  g.put(6, 6, '资金用途', 'header', 6, 8);
  g.put(7, 2, money(doc.amounts.total), 'number');
  g.put(7, 3, money(doc.amounts.fiscal), 'number');
  g.put(7, 4, money(doc.amounts.special), 'number');
  g.put(7, 5, money(doc.amounts.other), 'number');
  g.put(7, 6, doc.purpose, 'text', 7, 8);
  g.put(8, 1, '资金支出计划（%）', 'label', 9, 1);
  ['3月底', '6月底', '9月底', '12月底'].forEach((h, i) => g.put(8, i + 2, h, 'header'));
  g.put(8, 6, '（截至各季度末累计支出进度）', 'center', 9, 8);
  const plan = doc.spendPlan;
  [plan.q1, plan.q2, plan.q3, plan.q4].forEach((v, i) => g.put(9, i + 2, percent(v), 'center'));
  const r = goalRows(g, 10, '年度绩效目标', doc.goals);
  g.row = indicatorTable(g, r, doc.indicators, PROJECT_COLUMNS);
  return g;
}

export function unitTargetGrid(doc: UnitTargetDoc): Grid {
  const g = new Grid(UNIT_WIDTHS);
  g.put(1, 1, UNIT_TARGET_TITLE, 'title', 1, 8);
  g.height(1, 34);
  g.put(2, 1, `单位编码：${doc.code}`, 'note-left', 2, 3);
  g.put(2, 4, `（${doc.year} 年度）`, 'note-center', 2, 5);
  g.put(2, 6, '金额单位：万元', 'note-right', 2, 8);
  g.put(3, 1, '部门（单位）名称', 'label');
  g.put(3, 2, doc.name, 'text', 3, 6);
  g.put(3, 7, doc.statusLabel, 'center', 3, 8);
  let r = goalRows(g, 4, '年度履职目标', doc.goals);
  const tasks = doc.tasks;
  g.put(r, 1, '年度主要任务', 'label', r + Math.max(tasks.length, 1), 1);
  g.put(r, 2, '任务名称', 'header', r, 3);
  g.put(r, 4, '主要内容', 'header', r, 6);
  g.put(r, 7, '预算资金合计', 'header');
  g.put(r, 8, '其中：财政资金', 'header');
  r += 1;
  for (const t of tasks.length
    ? tasks
    : [{ name: '', content: '', amount: '', amountFiscal: '' }]) {
    g.put(r, 2, t.name, 'text', r, 3);
    g.put(r, 4, t.content, 'text', r, 6);
    g.put(r, 7, money(t.amount), 'number');
    g.put(r, 8, money(t.amountFiscal), 'number');
    r += 1;
  }
  g.put(r, 1, '预算情况', 'label', r + 1, 1);
  const b = doc.budget;
  const budget: [string, string][] = [
    ['部门预算总额', b.total],
    ['政府预算资金', b.fiscal],
    ['财政专户管理资金', b.special],
    ['单位资金', b.other],
    ['基本支出', b.basic],
    ['项目支出', b.project],
  ];
  budget.forEach(([h, v], i) => {
    g.put(r, i + 2, h, 'header');
    g.put(r + 1, i + 2, money(v), 'number');
  });
  g.put(r, 8, '', 'header', r + 1, 8);
  r += 2;
  g.row = indicatorTable(g, r, doc.indicators, UNIT_COLUMNS);
  return g;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

export interface TargetImport {
  kind: 'targets' | 'unit-targets';
  code: string;
  year: number;
  goals: string[];
  tasks: { name: string; content: string; amount: string; amountFiscal: string }[];
  budget: UnitTargetDoc['budget'] | null;
  indicators: TargetIndicatorRow[];
  at: {
    codeRow: number;
    codeCol: number;
    goalRows: number[];
    taskRows: number[];
    budgetRow: number;
    indicatorRows: number[];
    indicatorCols: Partial<Record<IndicatorField, number>>;
  };
}

function readIndicators(r: SheetReader, maxRows: number, out: TargetImport): void {
  const header = r.findRow(['三级指标']);
  if (!header) {
    r.problem(null, null, '未找到指标表头（一级指标、二级指标、三级指标…），请使用导出的模板');
    return;
  }
  const h = r.headerColumns(header.row);
  const cols: Partial<Record<IndicatorField, number>> = {};
  for (const [field, labels] of Object.entries(HEADER_ALIASES) as [IndicatorField, string[]][]) {
    const col = labels.map((l) => h.get(l)).find((c) => c !== undefined);
    if (col !== undefined) cols[field] = col;
    else if (['level1', 'level2', 'name', 'target'].includes(field))
      r.problem(header.row, null, `表头缺少「${labels[0]}」列，请使用导出的模板`);
  }
  out.at.indicatorCols = cols;
  if (cols.level1 === undefined || cols.name === undefined || cols.target === undefined) return;
  const text = (row: number, f: IndicatorField) =>
    cols[f] === undefined ? '' : r.text(row, cols[f]);
  for (let row = header.row + 1; row <= r.lastRow; row += 1) {
    if (r.blankRow(row)) continue;
    if (out.indicators.length >= maxRows) {
      r.problem(row, null, `指标超过 ${maxRows} 行的上限，请分成多个文件导入`);
      return;
    }
    const name = text(row, 'name').trim();
    if (name === '') r.problem(row, cols.name, '「三级指标」不能为空');
    if (text(row, 'level1').trim() === '') r.problem(row, cols.level1, '「一级指标」不能为空');
    out.at.indicatorRows.push(row);
    out.indicators.push({
      level1: text(row, 'level1').trim(),
      level2: text(row, 'level2').trim(),
      name,
      description: text(row, 'description'),
      target: text(row, 'target').trim(),
      basis: text(row, 'basis'),
      method: text(row, 'method'),
      weight:
        cols.weight === undefined
          ? null
          : r.decimal(row, cols.weight, `「${name}」的分值`, { optional: true }),
    });
  }
}

/** Reads a 项目（政策）绩效目标表 or 部门（单位）整体绩效目标表 written by the grids above. */
export function readTarget(
  r: SheetReader,
  expected: 'targets' | 'unit-targets',
  maxRows: number,
): TargetImport | null {
  const title = r.label(1, 1);
  const kind = title.includes('整体绩效目标表')
    ? 'unit-targets'
    : title.includes('绩效目标表')
      ? 'targets'
      : null;
  const expectedTitle = expected === 'targets' ? PROJECT_TARGET_TITLE : UNIT_TARGET_TITLE;
  if (kind !== expected) {
    r.problem(
      1,
      1,
      `不是${expectedTitle}：第 1 行应为标题「${expectedTitle}」，实际为「${r.text(1, 1).trim()}」`,
    );
    return null;
  }
  const out: TargetImport = {
    kind,
    code: '',
    year: 0,
    goals: [],
    tasks: [],
    budget: null,
    indicators: [],
    at: {
      codeRow: 0,
      codeCol: 0,
      goalRows: [],
      taskRows: [],
      budgetRow: 0,
      indicatorRows: [],
      indicatorCols: {},
    },
  };
  for (let col = 1; col <= r.lastCol; col += 1) {
    const y = /(\d{4})\s*年度/.exec(r.text(2, col));
    if (y) out.year = Number(y[1]);
  }
  if (!out.year) r.problem(2, 4, '未找到年度（第 2 行应有「（2023 年度）」）');
  if (kind === 'targets') {
    const at = r.findRow(['项目编码'], 3, 6);
    out.code = at ? r.text(at.row, at.col + 1).trim() : '';
    out.at.codeRow = at?.row ?? 3;
    out.at.codeCol = (at?.col ?? 1) + 1;
    if (!out.code) r.problem(out.at.codeRow, out.at.codeCol, '「项目编码」不能为空');
  } else {
    for (let col = 1; col <= r.lastCol; col += 1) {
      const m = /单位编码[:：]\s*(\S+)/.exec(r.text(2, col));
      if (m) out.code = m[1];
    }
    out.at.codeRow = 2;
    out.at.codeCol = 1;
    if (!out.code) r.problem(2, 1, '未找到「单位编码：…」（第 2 行）');
  }
  const goalLabel = kind === 'targets' ? '年度绩效目标' : '年度履职目标';
  for (let row = 3; row <= r.lastRow; row += 1) {
    const block = r.label(row, 1);
    if (block === goalLabel) {
      const goal = r.text(row, 2);
      if (goal.trim() !== '') {
        out.goals.push(goal);
        out.at.goalRows.push(row);
      }
    }
    if (kind === 'unit-targets' && block === '年度主要任务' && r.label(row, 2) !== '任务名称') {
      const name = r.text(row, 2).trim();
      if (r.blankRow(row, 2, 8)) continue;
      out.at.taskRows.push(row);
      out.tasks.push({
        name,
        content: r.text(row, 4),
        amount: r.decimal(row, 7, `任务「${name}」的「预算资金合计」`, { optional: true }) ?? '',
        amountFiscal: r.decimal(row, 8, `任务「${name}」的「财政资金」`, { optional: true }) ?? '',
      });
    }
    if (kind === 'unit-targets' && block === '预算情况' && r.label(row, 2) === '部门预算总额') {
      const v = row + 1;
      out.at.budgetRow = v;
      const money = (col: number, what: string) =>
        r.decimal(v, col, what, { optional: true }) ?? '';
      out.budget = {
        total: money(2, '「部门预算总额」'),
        fiscal: money(3, '「政府预算资金」'),
        special: money(4, '「财政专户管理资金」'),
        other: money(5, '「单位资金」'),
        basic: money(6, '「基本支出」'),
        project: money(7, '「项目支出」'),
      };
    }
  }
  readIndicators(r, maxRows, out);
  return out;
}
