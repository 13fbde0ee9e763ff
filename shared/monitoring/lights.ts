import { Dec } from '../decimal';
import { parseValue } from '../scoring';
import type { QuantitativeValue } from '../scoring';

/**
 * 绩效运行监控 warning lights (预警), computed the same way on the server (authority) and in the
 * console (live preview). Thresholds are percentages and configurable per region.
 *
 * - execution: v = 执行率 / (month / 12) × 100 → red < 60 ≤ yellow < 80 ≤ green; also against
 *   the project's own 资金支出计划 at the last quarter end on or before the cut-off month;
 * - 正向 quantitative indicators: progress against the target pro-rated to the month (a rate in %
 *   is not pro-rated) → red / yellow / green, blue at ≥ 120% (the target was probably set too low);
 * - 反向 indicators (≤ targets and every 成本 indicator): green within the bound, else red;
 * - qualitative ones: from the unit's own judgement of the likelihood of meeting the target;
 * - the report's light is its worst light.
 */
export const LIGHTS = ['red', 'yellow', 'blue', 'green', 'none'] as const;
export type Light = (typeof LIGHTS)[number];

export const LIGHT_LABELS: Record<Light, string> = {
  red: '红灯（严重滞后）',
  yellow: '黄灯（进度偏慢）',
  blue: '蓝灯（超额过多，目标可能偏低）',
  green: '绿灯（正常）',
  none: '未评价',
};

export const LIKELIHOODS = ['certain', 'possible', 'impossible'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
export const LIKELIHOOD_LABELS: Record<Likelihood, string> = {
  certain: '确定能',
  possible: '有可能',
  impossible: '完全不可能',
};

export const REASON_KEYS = ['funding', 'institution', 'staffing', 'hardware', 'other'] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];
export const REASON_LABELS: Record<ReasonKey, string> = {
  funding: '经费保障',
  institution: '制度保障',
  staffing: '人员保障',
  hardware: '硬件条件保障',
  other: '其他',
};

export interface WarningRules {
  /** Below this % of the expected progress: red. */
  red: string;
  /** Below this %: yellow. */
  yellow: string;
  /** At or above this %: blue (正向 indicators only). */
  blue: string;
}

export const DEFAULT_WARNING_RULES: WarningRules = { red: '60', yellow: '80', blue: '120' };

export interface MonitoringIndicatorInput {
  level1: string;
  level2?: string;
  name: string;
  target: string;
  /** 截至监控时点的完成值 */
  progress: string;
  /** 全年预计完成值 */
  expected?: string;
  likelihood?: Likelihood | '';
}

export interface MonitoringInput {
  month: number;
  /** 全年预算数 (万元) */
  budget: string;
  /** 截至监控时点的执行数 */
  executed: string;
  spendPlan?: { q1: string; q2: string; q3: string; q4: string };
  indicators: MonitoringIndicatorInput[];
}

export interface IndicatorLight {
  light: Light;
  /** progress as a % of what was due by the month, 2 decimals (quantitative only) */
  ratio: string | null;
  /** The full-year target is expected to be missed: reasons and measures are required. */
  shortfall: boolean;
  explanation: string;
}

export interface MonitoringLights {
  execution: {
    rate: string | null;
    timeRatio: string | null;
    timeLight: Light;
    plan: string | null;
    planRatio: string | null;
    planLight: Light;
    light: Light;
    explanation: string;
  };
  indicators: IndicatorLight[];
  overall: Light;
  counts: Record<Light, number>;
}

const SEVERITY: Record<Light, number> = { red: 4, yellow: 3, blue: 2, green: 1, none: 0 };

export function worst(lights: Light[]): Light {
  return lights.reduce<Light>((w, l) => (SEVERITY[l] > SEVERITY[w] ? l : w), 'none');
}

const pct = (d: InstanceType<typeof Dec>) => d.toDecimalPlaces(2).toFixed(2);

function band(ratio: InstanceType<typeof Dec>, rules: WarningRules, allowBlue: boolean): Light {
  if (ratio.lt(rules.red)) return 'red';
  if (ratio.lt(rules.yellow)) return 'yellow';
  if (allowBlue && ratio.gte(rules.blue)) return 'blue';
  return 'green';
}

function isCost(level1: string, level2 = ''): boolean {
  return level1.includes('成本') || level2.includes('成本');
}

function quantity(text: string | undefined): QuantitativeValue | null {
  if (!text || text.trim() === '') return null;
  const parsed = parseValue(text);
  return parsed.kind === 'quantitative' ? parsed : null;
}

function byLikelihood(likelihood: MonitoringIndicatorInput['likelihood']): IndicatorLight {
  switch (likelihood) {
    case 'certain':
      return {
        light: 'green',
        ratio: null,
        shortfall: false,
        explanation: '定性指标：单位判断“确定能”完成',
      };
    case 'possible':
      return {
        light: 'yellow',
        ratio: null,
        shortfall: true,
        explanation: '定性指标：单位判断“有可能”完成',
      };
    case 'impossible':
      return {
        light: 'red',
        ratio: null,
        shortfall: true,
        explanation: '定性指标：单位判断“完全不可能”完成',
      };
    default:
      return {
        light: 'none',
        ratio: null,
        shortfall: false,
        explanation: '定性指标：请选择完成可能性',
      };
  }
}

export function indicatorLight(
  row: MonitoringIndicatorInput,
  month: number,
  rules: WarningRules = DEFAULT_WARNING_RULES,
): IndicatorLight {
  const target = quantity(row.target);
  if (!target) return byLikelihood(row.likelihood);
  const progress = quantity(row.progress);
  const expected = quantity(row.expected);
  const A = new Dec(target.value);
  const reverse =
    isCost(row.level1, row.level2) || target.comparator === '<=' || target.comparator === '<';
  if (!progress) {
    return {
      light: 'none',
      ratio: null,
      shortfall: row.likelihood === 'possible' || row.likelihood === 'impossible',
      explanation: '未填写截至监控时点的完成值',
    };
  }
  const B = new Dec(progress.value);
  if (reverse) {
    const value = expected ? new Dec(expected.value) : B;
    const within = value.lte(A);
    return {
      light: within ? 'green' : 'red',
      ratio: null,
      shortfall: !within,
      explanation: `反向指标：${expected ? '全年预计' : '截至目前'} ${value.toFixed()} ${within ? '≤' : '>'} 目标 ${A.toFixed()}${target.unit}`,
    };
  }
  const lower = A;
  const rateTarget = target.unit === '%';
  const due = rateTarget ? lower : lower.mul(month).div(12);
  if (due.isZero())
    return { light: 'green', ratio: null, shortfall: false, explanation: '目标为 0，视为正常' };
  const ratio = B.div(due).mul(100);
  let light = band(ratio, rules, true);
  const shortfall =
    (expected ? new Dec(expected.value).lt(lower) : false) || row.likelihood === 'impossible';
  if (row.likelihood === 'impossible') light = 'red';
  const dueText = rateTarget
    ? `目标 ${lower.toFixed()}%`
    : `按进度应完成 ${due.toDecimalPlaces(2).toFixed()}${target.unit}（全年 ${lower.toFixed()} × ${month}/12）`;
  return {
    light,
    ratio: pct(ratio),
    shortfall,
    explanation: `正向指标：已完成 ${B.toFixed()}${progress.unit}，${dueText}，完成 ${pct(ratio)}%`,
  };
}

/** Cumulative plan % at the last quarter end on or before the month (3→q1, 6→q2, 9→q3, 12→q4). */
export function planAt(month: number, plan?: MonitoringInput['spendPlan']): string | null {
  if (!plan) return null;
  const q = Math.floor(month / 3);
  const value = q >= 1 ? [plan.q1, plan.q2, plan.q3, plan.q4][q - 1] : '';
  return value && /^\d+(\.\d+)?$/.test(value) && !new Dec(value).isZero() ? value : null;
}

export function monitoringLights(
  input: MonitoringInput,
  rules: WarningRules = DEFAULT_WARNING_RULES,
): MonitoringLights {
  const month = Math.min(12, Math.max(1, Math.trunc(input.month)));
  const budget = /^\d+(\.\d+)?$/.test(input.budget) ? new Dec(input.budget) : new Dec(0);
  const executed = /^\d+(\.\d+)?$/.test(input.executed) ? new Dec(input.executed) : new Dec(0);
  let rate: string | null = null;
  let timeRatio: string | null = null;
  let timeLight: Light = 'none';
  let planRatio: string | null = null;
  let planLight: Light = 'none';
  const plan = planAt(month, input.spendPlan);
  let explanation = '全年预算数为 0，不计算执行进度';
  if (!budget.isZero()) {
    const r = executed.div(budget).mul(100);
    rate = pct(r);
    const v = r.div(month).mul(12);
    timeRatio = pct(v);
    timeLight = band(v, rules, false);
    explanation = `执行率 ${rate}%，序时进度 ${pct(new Dec(month).div(12).mul(100))}%，完成序时进度的 ${timeRatio}%`;
    if (plan) {
      const pr = r.div(plan).mul(100);
      planRatio = pct(pr);
      planLight = band(pr, rules, false);
      explanation += `；支出计划 ${plan}%，完成计划的 ${planRatio}%`;
    }
  }
  const execLight = worst([timeLight, planLight]);
  const indicators = input.indicators.map((row) => indicatorLight(row, month, rules));
  const all = [execLight, ...indicators.map((i) => i.light)];
  const counts = Object.fromEntries(
    LIGHTS.map((l) => [l, all.filter((x) => x === l).length]),
  ) as Record<Light, number>;
  return {
    execution: {
      rate,
      timeRatio,
      timeLight,
      plan,
      planRatio,
      planLight,
      light: execLight,
      explanation,
    },
    indicators,
    overall: worst(all),
    counts,
  };
}
