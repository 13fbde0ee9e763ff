import { TARGET_CATEGORY_SETS } from '../../shared/scoring';
import type { IndicatorRow } from './types';

/**
 * 一级 → 二级 suggestions for the indicator grid, per form (DOMAIN.md "Indicators"; seeds 001,
 * 003, 004). Data, not rules: the grid also offers whatever the 指标库 and the document already
 * use, and accepts any text.
 */
export interface CategoryForm {
  id: string;
  name: string;
  kind: 'project' | 'department';
  categories: { level1: string; level2: string[] }[];
}

export const CATEGORY_FORMS: readonly CategoryForm[] = [
  {
    id: 'project',
    name: '项目（政策）绩效目标表',
    kind: 'project',
    categories: [
      { level1: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
      { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] },
      {
        level1: '效益指标',
        level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
      },
      { level1: '满意度指标', level2: ['服务对象满意度指标'] },
    ],
  },
  {
    id: 'department-2023',
    name: '部门（单位）整体绩效目标表（2023 版）',
    kind: 'department',
    categories: [
      { level1: '投入管理指标', level2: ['工作目标管理', '预算和财务管理', '绩效管理'] },
      { level1: '产出指标', level2: ['重点工作任务完成', '履职目标实现'] },
      { level1: '效益指标', level2: ['履职效益'] },
      { level1: '满意度', level2: ['满意度'] },
    ],
  },
  {
    id: 'department-2021',
    name: '部门（单位）整体绩效目标表（2021 版）',
    kind: 'department',
    categories: [
      {
        level1: '履职效能',
        level2: ['工作目标管理情况', '整体工作完成', '重点工作履行', '部门目标实现'],
      },
      { level1: '管理效率', level2: ['预算管理', '收支管理', '财务管理', '资产管理', '基础管理'] },
      { level1: '运行成本', level2: ['成本控制成效'] },
      { level1: '服务满意', level2: ['服务对象满意', '利益相关方满意', '监督部门满意'] },
      { level1: '可持续性', level2: ['体制机制改革情况', '创新能力', '人才支撑'] },
    ],
  },
];

export const formsOfKind = (kind: 'project' | 'department'): CategoryForm[] =>
  CATEGORY_FORMS.filter((f) => f.kind === kind);

/** The category set (shared/scoring) whose checks apply, to name the required 一级指标. */
export const requiredCategoryNames = (formId: string): string[] =>
  TARGET_CATEGORY_SETS.find((s) => s.id === formId)
    ?.categories.filter((c) => c.missing === 'error' || c.missing === 'warning')
    .map((c) => c.name) ?? [];

/** 一级 → 二级 suggestions: the form's, then the document's own and the library's. */
export function mergeCategories(
  form: CategoryForm | undefined,
  ...extra: readonly Pick<IndicatorRow, 'level1' | 'level2'>[][]
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (level1: string, level2: string) => {
    if (!level1.trim()) return;
    const list = map.get(level1) ?? [];
    if (level2.trim() && !list.includes(level2)) list.push(level2);
    map.set(level1, list);
  };
  for (const c of form?.categories ?? []) {
    if (c.level2.length === 0) add(c.level1, '');
    for (const l2 of c.level2) add(c.level1, l2);
  }
  for (const rows of extra) for (const r of rows) add(r.level1, r.level2);
  return map;
}

/**
 * Where a new row of a category goes, so that categories stay together and in the order of the
 * paper form (成本 → 产出 → 效益 → 满意度): after the last row of the same 一级 and 二级; else
 * inside its 一级 block before the first 二级 that comes later in the form; else before the first
 * 一级 that comes later in the form; else at the end. `order` is the form's 一级 → 二级 map (its
 * key order is the form's order; unknown names go last).
 */
export function insertionIndex(
  rows: readonly Pick<IndicatorRow, 'level1' | 'level2'>[],
  level1: string,
  level2: string,
  order: Map<string, string[]> = new Map(),
): number {
  const rank = (list: readonly string[], value: string): number => {
    const i = list.indexOf(value);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  let lastBoth = -1;
  let firstOfLevel1 = -1;
  let lastOfLevel1 = -1;
  rows.forEach((r, i) => {
    if (r.level1 !== level1) return;
    if (firstOfLevel1 < 0) firstOfLevel1 = i;
    lastOfLevel1 = i;
    if (r.level2 === level2) lastBoth = i;
  });
  if (lastBoth >= 0) return lastBoth + 1;
  if (firstOfLevel1 >= 0) {
    const level2Order = order.get(level1) ?? [];
    const mine = rank(level2Order, level2);
    for (let i = firstOfLevel1; i <= lastOfLevel1; i++) {
      if (rows[i].level1 === level1 && rank(level2Order, rows[i].level2) > mine) return i;
    }
    return lastOfLevel1 + 1;
  }
  const level1Order = [...order.keys()];
  const mine = rank(level1Order, level1);
  if (mine !== Number.POSITIVE_INFINITY) {
    const later = rows.findIndex((r) => rank(level1Order, r.level1) > mine);
    if (later >= 0) return later;
  }
  return rows.length;
}

/** Runs of equal consecutive values: the rowSpan of the merged 一级 / 二级 cells. */
export interface Run {
  start: number;
  length: number;
}

/**
 * For each row, the rowSpan of its 一级 cell (0 when merged into the row above) and of its 二级
 * cell (a 二级 run never crosses a 一级 boundary).
 */
export function groupSpans(
  rows: readonly Pick<IndicatorRow, 'level1' | 'level2'>[],
): { level1: number; level2: number }[] {
  const spans = rows.map(() => ({ level1: 0, level2: 0 }));
  let i = 0;
  while (i < rows.length) {
    let j = i + 1;
    while (j < rows.length && rows[j].level1 === rows[i].level1) j++;
    spans[i].level1 = j - i;
    let k = i;
    while (k < j) {
      let m = k + 1;
      while (m < j && rows[m].level2 === rows[k].level2) m++;
      spans[k].level2 = m - k;
      k = m;
    }
    i = j;
  }
  return spans;
}
