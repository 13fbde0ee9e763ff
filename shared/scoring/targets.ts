import { DECIMAL_PATTERN } from '../decimal';
import { add, cmp } from './exact';
import { finding } from './findings';
import { parseValue } from './parse-value';
import type { Finding, Severity, SheetKind } from './types';

/**
 * Checks of a target declaration (绩效目标申报, before the budget year): what a reviewer at the
 * 主管部门 or 财政局 returns a 绩效目标表 for.
 */

export interface TargetIndicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  basis?: string;
}

export interface TargetDoc {
  kind: SheetKind;
  indicators: TargetIndicator[];
  /** 资金支出计划: cumulative % by 3月底 / 6月底 / 9月底 / 12月底 ('' when the table is blank). */
  spendPlan?: { q1: string; q2: string; q3: string; q4: string };
  /** 资金总额 = 财政资金 + 财政专户管理资金 + 单位（其他）资金, in 万元. */
  amounts?: { total: string; fiscal: string; special: string; other: string };
}

/** A 一级指标 category a declaration must cover. */
export interface TargetCategory {
  name: string;
  /** An indicator belongs to the category when its 一级 (or 二级) 指标 contains one of these words. */
  match: string[];
  /** Severity of EMPTY_LEVEL1 when no indicator is in the category; null = optional. */
  missing: Severity | null;
  /** NO_QUANTITATIVE_OUTPUT when none of the category's targets is quantitative. */
  requiresQuantitative?: boolean;
}

export interface TargetCategorySet {
  id: string;
  name: string;
  kind: SheetKind;
  categories: TargetCategory[];
}

/**
 * Category sets are data (an admin-editable indicator library). Severity: a missing 满意度
 * category is an error (every form of the seeds has one and the self-evaluation scores it); the
 * other required categories are warnings; 成本指标, only required since 2021, is info.
 */
export const TARGET_CATEGORY_SETS: readonly TargetCategorySet[] = [
  {
    id: 'project',
    name: '项目（政策）绩效目标表',
    kind: 'project',
    categories: [
      { name: '产出指标', match: ['产出'], missing: 'warning', requiresQuantitative: true },
      { name: '效益指标', match: ['效益', '效果'], missing: 'warning' },
      { name: '满意度指标', match: ['满意'], missing: 'error' },
      { name: '成本指标', match: ['成本'], missing: 'info' },
    ],
  },
  {
    // Seed 004 (2023): 投入管理指标 / 产出指标 / 效益指标 / 满意度.
    id: 'department-2023',
    name: '部门（单位）整体绩效目标表（2023 版）',
    kind: 'department',
    categories: [
      { name: '投入管理指标', match: ['投入'], missing: 'warning' },
      { name: '产出指标', match: ['产出'], missing: 'warning', requiresQuantitative: true },
      { name: '效益指标', match: ['效益', '效果'], missing: 'warning' },
      { name: '满意度指标', match: ['满意'], missing: 'error' },
    ],
  },
  {
    // Seed 001 (2021): 履职效能 / 管理效率 / 运行成本 / 服务满意 / 可持续性.
    id: 'department-2021',
    name: '部门（单位）整体绩效目标表（2021 版）',
    kind: 'department',
    categories: [
      { name: '履职效能', match: ['履职效能'], missing: 'warning' },
      { name: '管理效率', match: ['管理效率'], missing: 'warning' },
      { name: '运行成本', match: ['运行成本'], missing: 'warning' },
      { name: '服务满意', match: ['满意'], missing: 'error' },
      { name: '可持续性', match: ['可持续'], missing: null },
    ],
  },
];

const COST_RE = /成本/;
const SATISFACTION_RE = /满意/;
/** A target that only names the quality being measured (`充分性`, `有限性`) sets no standard. */
const ATTRIBUTE_ONLY_RE = /^[\u3400-\u9fff]{1,4}性$/;
/** Degree words without a measure (`明显`, `有所提升`, `较大提高`). */
const VAGUE_RE =
  /^(?:明显|显著|较大|较好|有所|一定|逐步|进一步|大幅|稳步)?(?:提升|提高|改善|增强|促进|减低|降低|加强)?$/;

/** By 一级指标, or by 二级指标 where older tables nest a category (seed 003: 产出 › 成本指标). */
function inCategory(row: TargetIndicator, category: TargetCategory): boolean {
  return category.match.some((word) => row.level1.includes(word) || row.level2.includes(word));
}

/** The category set of the document: a department uses the 2021 form when its rows name it. */
export function categorySetOf(
  doc: TargetDoc,
  sets: readonly TargetCategorySet[] = TARGET_CATEGORY_SETS,
): TargetCategorySet | undefined {
  const candidates = sets.filter((s) => s.kind === doc.kind);
  let best: TargetCategorySet | undefined;
  let bestHits = -1;
  for (const set of candidates) {
    const hits = set.categories.filter((cat) =>
      doc.indicators.some((row) => inCategory(row, cat)),
    ).length;
    if (hits > bestHits) {
      best = set;
      bestHits = hits;
    }
  }
  return best;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function checkTargets(
  doc: TargetDoc,
  opts: { categorySets?: readonly TargetCategorySet[] } = {},
): Finding[] {
  const findings: Finding[] = [];
  const rows = Array.isArray(doc.indicators)
    ? doc.indicators.map((r) => ({
        level1: str(r?.level1),
        level2: str(r?.level2),
        name: str(r?.name),
        target: str(r?.target),
      }))
    : [];

  rows.forEach((row, i) => {
    const path = `indicators[${i}].target`;
    const label = `三级指标“${row.name || `第 ${i + 1} 项`}”`;
    const parsed = parseValue(row.target);
    const cost = COST_RE.test(row.level1) || COST_RE.test(row.level2);
    if (parsed.kind === 'unparsed') {
      findings.push(
        finding(
          'UNMEASURABLE_TARGET',
          'warning',
          path,
          row.target.trim() === ''
            ? `${label}未填写指标值`
            : `${label}的指标值“${row.target}”无法识别：${parsed.reason}`,
        ),
      );
    } else if (parsed.kind === 'qualitative' && parsed.subtype === 'judgement') {
      const text = parsed.text.replace(/[。，,；;]+$/, '');
      if (ATTRIBUTE_ONLY_RE.test(text) || text === row.name) {
        findings.push(
          finding(
            'UNMEASURABLE_TARGET',
            'warning',
            path,
            `${label}的指标值“${row.target}”只是指标的性质名称，没有给出可衡量的标准`,
          ),
        );
      } else if (VAGUE_RE.test(text)) {
        findings.push(
          finding(
            'UNMEASURABLE_TARGET',
            'info',
            path,
            `${label}的指标值“${row.target}”是程度描述，建议细化为可衡量的标准或评价档次`,
          ),
        );
      }
    } else if (parsed.kind === 'quantitative') {
      if (cost && (parsed.comparator === '>=' || parsed.comparator === '>')) {
        findings.push(
          finding(
            'COST_TARGET_NOT_UPPER_BOUND',
            'warning',
            path,
            `${label}是成本指标，指标值“${row.target}”应写作上限（≤）`,
          ),
        );
      } else if (cost && parsed.comparator === 'none') {
        findings.push(
          finding(
            'COST_TARGET_NOT_UPPER_BOUND',
            'info',
            path,
            `${label}是成本指标，指标值“${row.target}”未写比较符号，建议写作“≤${parsed.value}${parsed.unit}”`,
          ),
        );
      }
      if (
        SATISFACTION_RE.test(row.level1 + row.level2) &&
        (parsed.comparator === '<=' || parsed.comparator === '<')
      ) {
        findings.push(
          finding(
            'SATISFACTION_NOT_LOWER_BOUND',
            'warning',
            path,
            `${label}是满意度指标，指标值“${row.target}”写成了上限，应为下限（≥）`,
          ),
        );
      }
    }
  });

  const set = categorySetOf({ ...doc, indicators: rows }, opts.categorySets);
  if (set) {
    for (const category of set.categories) {
      const members = rows.filter((row) => inCategory(row, category));
      if (members.length === 0) {
        if (category.missing) {
          findings.push(
            finding(
              'EMPTY_LEVEL1',
              category.missing,
              'indicators',
              `缺少一级指标“${category.name}”（${set.name}）`,
            ),
          );
        }
        continue;
      }
      if (
        category.requiresQuantitative &&
        !members.some((row) => parseValue(row.target).kind === 'quantitative')
      ) {
        findings.push(
          finding(
            'NO_QUANTITATIVE_OUTPUT',
            'warning',
            'indicators',
            `${category.name}没有定量指标（如数量、合格率），产出无法衡量`,
          ),
        );
      }
    }
  }

  if (doc.spendPlan) checkSpendPlan(doc.spendPlan, findings);
  if (doc.amounts) checkAmounts(doc.amounts, findings);
  return findings;
}

const QUARTERS = [
  ['q1', '3月底'],
  ['q2', '6月底'],
  ['q3', '9月底'],
  ['q4', '12月底'],
] as const;

function checkSpendPlan(plan: NonNullable<TargetDoc['spendPlan']>, findings: Finding[]): void {
  let previous: { value: string; label: string } | null = null;
  let last: string | null = null;
  for (const [key, label] of QUARTERS) {
    const raw = str(plan[key]).trim();
    if (raw === '') continue;
    const parsed = parseValue(raw);
    if (
      parsed.kind !== 'quantitative' ||
      parsed.comparator !== 'none' ||
      (parsed.unit !== '%' && parsed.unit !== '')
    ) {
      findings.push(
        finding(
          'UNPARSEABLE_VALUE',
          'warning',
          `spendPlan.${key}`,
          `资金支出计划（${label}）“${raw}”不是百分比`,
        ),
      );
      continue;
    }
    const value = parsed.value;
    if (cmp(value, '100') > 0) {
      findings.push(
        finding(
          'SPEND_PLAN_NOT_100',
          'warning',
          `spendPlan.${key}`,
          `资金支出计划（${label}）累计 ${value}%，超过 100%`,
        ),
      );
    }
    if (previous && cmp(value, previous.value) < 0) {
      findings.push(
        finding(
          'SPEND_PLAN_DECREASING',
          'warning',
          `spendPlan.${key}`,
          `资金支出计划是累计进度，${label} ${value}% 低于${previous.label} ${previous.value}%`,
        ),
      );
    }
    previous = { value, label };
    if (key === 'q4') last = value;
  }
  if (last === null || cmp(last, '100') !== 0) {
    findings.push(
      finding(
        'SPEND_PLAN_NOT_100',
        'warning',
        'spendPlan.q4',
        last === null
          ? '资金支出计划未填写 12月底 的累计进度（应为 100%）'
          : `资金支出计划 12月底 累计 ${last}%，应为 100%`,
      ),
    );
  }
}

function checkAmounts(amounts: NonNullable<TargetDoc['amounts']>, findings: Finding[]): void {
  const labels = {
    total: '资金总额',
    fiscal: '财政资金',
    special: '财政专户管理资金',
    other: '单位资金',
  };
  const values: Record<string, string> = {};
  for (const key of ['total', 'fiscal', 'special', 'other'] as const) {
    const raw = str(amounts[key]).trim();
    if (raw === '') values[key] = '0';
    else if (DECIMAL_PATTERN.test(raw)) values[key] = raw;
    else {
      findings.push(
        finding('INVALID_NUMBER', 'error', `amounts.${key}`, `${labels[key]}“${raw}”不是有效数字`),
      );
      return;
    }
  }
  const parts = add(add(values.fiscal, values.special), values.other);
  if (cmp(parts, values.total) !== 0) {
    findings.push(
      finding(
        'AMOUNTS_DO_NOT_ADD_UP',
        'warning',
        'amounts.total',
        `资金总额 ${values.total} 万元，与财政资金、财政专户管理资金、单位资金合计 ${parts} 万元不符`,
      ),
    );
  }
}
