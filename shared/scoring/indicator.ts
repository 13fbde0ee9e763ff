import {
  cmp,
  hasMoreDecimals,
  isDecimal,
  mul,
  mulDivRound,
  roundTo,
  shift,
  sub,
  canonicalDecimal,
} from './exact';
import { finding } from './findings';
import { parseValue } from './parse-value';
import type {
  Finding,
  IndicatorResult,
  IndicatorRule,
  ParsedValue,
  QualitativeLevel,
  QuantitativeValue,
  ReverseRule,
  SheetIndicator,
} from './types';
import { QUALITATIVE_LEVELS } from './types';
import { unitShift } from './units';

/**
 * One indicator row under the rules of SCORING.md. A = 年度指标值, B = 实际完成值, w = 分值.
 * Every figure is computed exactly and rounded half-up to 2 decimals once.
 */

export interface IndicatorOptions {
  reverseRule: ReverseRule;
  targetTooLowRatio: string;
}

export interface ScoredIndicator {
  result: IndicatorResult;
  findings: Finding[];
}

interface Outcome {
  rule: IndicatorRule;
  met: boolean | null;
  ruleScore: string | null;
  deviation: string | null;
  level: QualitativeLevel | null;
  explanation: string;
  tooLow: boolean;
}

const ZERO = '0.00';

/** Completion texts that mean "done" against a target (SCORING.md: `是`, `已完成` …). */
const AFFIRMATIVE = new Set([
  '是',
  '完成',
  '已完成',
  '全部完成',
  '已全部完成',
  '按时完成',
  '按期完成',
  '如期完成',
  '圆满完成',
  '达成',
  '已达成',
  '达到',
  '已达到',
  '达成预期',
  '达到预期',
  '达成预期指标',
  '达到预期指标',
  '达成预期目标',
  '达到预期目标',
  '完成预期目标',
  '实现',
  '已实现',
  '落实',
  '已落实',
  '合格',
  '符合',
  '满足',
]);
const NEGATIVE_RE = /^(?:否|无|没有|未|尚未|不)/;

const COST_RE = /成本/;
const SATISFACTION_RE = /满意/;

function labelOf(name: string, index: number): string {
  return `三级指标“${name || `第 ${index + 1} 项`}”`;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function compactText(value: ParsedValue): string {
  const text = value.kind === 'qualitative' ? value.text : value.raw;
  return text.replace(/\s+/g, '').replace(/[。，,；;、！!]+$/, '');
}

function show(value: string, unit: string): string {
  return `${value}${unit}`;
}

/** The qualitative level whose band holds the score (财预〔2020〕10号 three bands). */
export function levelOf(score: string, w: string): QualitativeLevel {
  if (cmp(score, mul(w, '0.8')) >= 0) return '达成';
  if (cmp(score, mul(w, '0.6')) >= 0) return '部分达成';
  return '未达成';
}

/** 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w). */
export function inBand(score: string, w: string, level: QualitativeLevel): boolean {
  if (cmp(score, '0') < 0 || cmp(score, w) > 0) return false;
  return levelOf(score, w) === level;
}

const BAND_TEXT: Record<QualitativeLevel, string> = {
  达成: '0.8–1 倍分值',
  部分达成: '0.6–0.8 倍分值（不含 0.8）',
  未达成: '0–0.6 倍分值（不含 0.6）',
};

/** The rule score of a level chosen without a score: the top of 达成, the floor of the others. */
function levelDefault(level: QualitativeLevel, w: string): string {
  if (level === '达成') return roundTo(w);
  if (level === '部分达成') return roundTo(mul(w, '0.6'));
  return ZERO;
}

// ---------------------------------------------------------------------------------------------
// Quantitative rules
// ---------------------------------------------------------------------------------------------

function clampScore(score: string, w: string): string {
  if (cmp(score, '0') < 0) return ZERO;
  if (cmp(score, w) > 0) return roundTo(w);
  return score;
}

function deviationOf(a: string, b: string): string | null {
  return mulDivRound(sub(b, a), '100', a);
}

/** 正向: B ≥ A → w; else round(B / A × w). */
function positive(a: string, b: string, w: string, unit: string, opts: IndicatorOptions): Outcome {
  if (cmp(b, a) >= 0) {
    const tooLow = cmp(a, '0') > 0 && cmp(b, mul(a, opts.targetTooLowRatio)) >= 0;
    return {
      rule: 'positive',
      met: true,
      ruleScore: roundTo(w),
      deviation: ZERO,
      level: null,
      explanation: `正向指标：实际 ${show(b, unit)} ≥ 目标 ${show(a, unit)}，得满分 ${w}`,
      tooLow,
    };
  }
  if (cmp(a, '0') <= 0) {
    return {
      rule: 'positive',
      met: false,
      ruleScore: ZERO,
      deviation: cmp(a, '0') === 0 ? null : deviationOf(a, b),
      level: null,
      explanation: `正向指标：实际 ${show(b, unit)} < 目标 ${show(a, unit)}，得 0 分`,
      tooLow: false,
    };
  }
  const score = clampScore(mulDivRound(b, w, a) as string, w);
  return {
    rule: 'positive',
    met: false,
    ruleScore: score,
    deviation: deviationOf(a, b),
    level: null,
    explanation: `正向指标：实际 ${show(b, unit)} < 目标 ${show(a, unit)}，得分 = ${b} ÷ ${a} × ${w} = ${score}`,
    tooLow: false,
  };
}

/** 反向: B ≤ A → w; else the template's reverse rule (linear: 0 at 2A; inverse: A / B × w). */
function negative(
  a: string,
  b: string,
  w: string,
  unit: string,
  opts: IndicatorOptions,
  prefix: string,
): Outcome {
  if (cmp(b, a) <= 0) {
    return {
      rule: 'negative',
      met: true,
      ruleScore: roundTo(w),
      deviation: ZERO,
      level: null,
      explanation: `${prefix}：实际 ${show(b, unit)} ≤ 目标 ${show(a, unit)}，得满分 ${w}`,
      tooLow: false,
    };
  }
  const over = `${prefix}：实际 ${show(b, unit)} > 目标 ${show(a, unit)}`;
  if (cmp(a, '0') <= 0) {
    return {
      rule: 'negative',
      met: false,
      ruleScore: ZERO,
      deviation: cmp(a, '0') === 0 ? null : deviationOf(a, b),
      level: null,
      explanation: `${over}，得 0 分`,
      tooLow: false,
    };
  }
  const deviation = deviationOf(a, b);
  if (opts.reverseRule === 'inverse') {
    const score = clampScore(mulDivRound(a, w, b) as string, w);
    return {
      rule: 'negative',
      met: false,
      ruleScore: score,
      deviation,
      level: null,
      explanation: `${over}，得分 = ${a} ÷ ${b} × ${w} = ${score}`,
      tooLow: false,
    };
  }
  if (cmp(b, mul(a, '2')) >= 0) {
    return {
      rule: 'negative',
      met: false,
      ruleScore: ZERO,
      deviation,
      level: null,
      explanation: `${over}，已达到目标的 2 倍及以上，得 0 分`,
      tooLow: false,
    };
  }
  // (1 − (B − A) / A) × w = (2A − B) × w / A, one exact division.
  const score = clampScore(mulDivRound(sub(mul(a, '2'), b), w, a) as string, w);
  return {
    rule: 'negative',
    met: false,
    ruleScore: score,
    deviation,
    level: null,
    explanation: `${over}，得分 = (1 − (${b} − ${a}) ÷ ${a}) × ${w} = ${score}`,
    tooLow: false,
  };
}

function quantitativeOutcome(
  target: QuantitativeValue,
  b: string,
  w: string,
  cost: boolean,
  opts: IndicatorOptions,
): Outcome {
  const unit = target.unit;
  if (cost) {
    // Every 成本 row is 反向 whatever its comparator; a range keeps its upper bound.
    const a = target.comparator === 'range' ? (target.upper as string) : target.value;
    return negative(a, b, w, unit, opts, '成本指标（反向）');
  }
  switch (target.comparator) {
    case '<=':
    case '<':
      return negative(target.value, b, w, unit, opts, '反向指标');
    case '=': {
      if (cmp(b, target.value) === 0) {
        return {
          rule: 'equal',
          met: true,
          ruleScore: roundTo(w),
          deviation: ZERO,
          level: null,
          explanation: `等于指标：实际 ${show(b, unit)} = 目标 ${show(target.value, unit)}，得满分 ${w}`,
          tooLow: false,
        };
      }
      const o = positive(target.value, b, w, unit, opts);
      return { ...o, rule: 'equal', explanation: `等于指标，不相等时按正向计分。${o.explanation}` };
    }
    case 'range': {
      const lower = target.value;
      const upper = target.upper as string;
      const span = `${lower}–${show(upper, unit)}`;
      if (cmp(b, lower) < 0) {
        const o = positive(lower, b, w, unit, opts);
        return {
          ...o,
          rule: 'range',
          explanation: `区间指标 ${span}，低于下限按正向计分。${o.explanation}`,
        };
      }
      if (cmp(b, upper) > 0) {
        const o = negative(upper, b, w, unit, opts, '反向指标');
        return {
          ...o,
          rule: 'range',
          explanation: `区间指标 ${span}，高于上限按反向计分。${o.explanation}`,
        };
      }
      return {
        rule: 'range',
        met: true,
        ruleScore: roundTo(w),
        deviation: ZERO,
        level: null,
        explanation: `区间指标：实际 ${show(b, unit)} 在 ${span} 之内，得满分 ${w}`,
        tooLow: false,
      };
    }
    default:
      return positive(target.value, b, w, unit, opts);
  }
}

// ---------------------------------------------------------------------------------------------
// Qualitative rule
// ---------------------------------------------------------------------------------------------

interface Inferred {
  level: QualitativeLevel;
  score: string;
  deviation: string | null;
  why: string;
}

/** What the 实际完成值 says about a 定性 target (SCORING.md: `100%`, `是`, `已完成` mean 达成). */
function inferLevel(target: ParsedValue, actual: ParsedValue, w: string): Inferred | null {
  if (actual.kind === 'quantitative') {
    if (actual.unit !== '%' || actual.comparator === 'range') return null;
    const p = actual.value;
    if (cmp(p, '100') >= 0) {
      return {
        level: '达成',
        score: roundTo(w),
        deviation: ZERO,
        why: `实际完成值 ${p}% 视为达成`,
      };
    }
    const score = clampScore(mulDivRound(p, w, '100') as string, w);
    return {
      level: levelOf(score, w),
      score,
      deviation: roundTo(sub(p, '100')),
      why: `实际完成值 ${p}%，得分 = ${p}% × ${w} = ${score}`,
    };
  }
  if (actual.kind === 'unparsed') return null;
  const text = compactText(actual);
  if (text === compactText(target) || AFFIRMATIVE.has(text)) {
    return {
      level: '达成',
      score: roundTo(w),
      deviation: ZERO,
      why: `实际完成值“${text}”视为达成`,
    };
  }
  if (NEGATIVE_RE.test(text)) {
    return { level: '未达成', score: ZERO, deviation: null, why: `实际完成值“${text}”视为未达成` };
  }
  return null;
}

function qualitativeOutcome(
  target: ParsedValue,
  actual: ParsedValue,
  w: string,
  chosen: QualitativeLevel | null,
): Outcome {
  const inferred = inferLevel(target, actual, w);
  if (chosen !== null) {
    if (inferred && inferred.level === chosen) {
      return {
        rule: 'qualitative',
        met: chosen === '达成',
        ruleScore: inferred.score,
        deviation: inferred.deviation,
        level: chosen,
        explanation: `定性指标：评定为“${chosen}”（${BAND_TEXT[chosen]}），${inferred.why}`,
        tooLow: false,
      };
    }
    const score = levelDefault(chosen, w);
    return {
      rule: 'qualitative',
      met: chosen === '达成',
      ruleScore: score,
      deviation: chosen === '达成' ? ZERO : null,
      level: chosen,
      explanation: `定性指标：评定为“${chosen}”（${BAND_TEXT[chosen]}），未打分时按 ${score} 计`,
      tooLow: false,
    };
  }
  if (inferred) {
    return {
      rule: 'qualitative',
      met: inferred.level === '达成',
      ruleScore: inferred.score,
      deviation: inferred.deviation,
      level: inferred.level,
      explanation: `定性指标：${inferred.why}，评定为“${inferred.level}”，得 ${inferred.score} 分`,
      tooLow: false,
    };
  }
  return {
    rule: 'qualitative',
    met: null,
    ruleScore: null,
    deviation: null,
    level: null,
    explanation: '定性指标：需评价人评定档次（达成 / 部分达成 / 未达成）并在档次范围内打分',
    tooLow: false,
  };
}

// ---------------------------------------------------------------------------------------------
// One row
// ---------------------------------------------------------------------------------------------

function unscored(explanation: string): Outcome {
  return {
    rule: 'none',
    met: null,
    ruleScore: null,
    deviation: null,
    level: null,
    explanation,
    tooLow: false,
  };
}

export function scoreIndicator(
  ind: SheetIndicator,
  index: number,
  opts: IndicatorOptions,
): ScoredIndicator {
  const findings: Finding[] = [];
  const path = `indicators[${index}]`;
  const level1 = str(ind.level1);
  const level2 = str(ind.level2);
  const name = str(ind.name);
  // Built lazily: most rows raise no finding.
  const label = (): string => labelOf(name, index);
  const applicable = ind.applicable !== false;
  const target = parseValue(str(ind.target));
  const actual = parseValue(str(ind.actual));
  const cost = COST_RE.test(level1) || COST_RE.test(level2);

  let w = '0';
  if (isDecimal(ind.weight) && cmp(ind.weight, '0') >= 0) {
    w = canonicalDecimal(ind.weight);
    if (hasMoreDecimals(w, 2)) {
      // 分值 are shown with two decimals; full marks must not round above the weight.
      w = canonicalDecimal(roundTo(w));
      findings.push(
        finding(
          'INVALID_NUMBER',
          'warning',
          `${path}.weight`,
          `${label()}的分值 ${ind.weight} 超过两位小数，按 ${w} 计`,
        ),
      );
    }
  } else {
    findings.push(
      finding(
        'INVALID_NUMBER',
        'error',
        `${path}.weight`,
        `${label()}的分值“${str(ind.weight)}”不是有效的非负数字`,
      ),
    );
  }

  if (!applicable) {
    return {
      result: {
        index,
        level1,
        level2,
        name,
        applicable,
        cost,
        rule: 'none',
        weight: w,
        parsedTarget: target,
        parsedActual: actual,
        met: null,
        ruleScore: null,
        score: ZERO,
        overridden: false,
        deviation: null,
        level: null,
        explanation: '不适用：不计分，绩效指标部分按适用指标分值折算',
      },
      findings,
    };
  }

  // Checks of the target as written.
  if (target.kind === 'unparsed') {
    findings.push(
      finding(
        'UNPARSEABLE_VALUE',
        'warning',
        `${path}.target`,
        `${label()}的年度指标值“${target.raw}”无法识别：${target.reason}`,
      ),
    );
  } else if (target.kind === 'quantitative') {
    if (cost && (target.comparator === '>=' || target.comparator === '>')) {
      findings.push(
        finding(
          'COST_TARGET_NOT_UPPER_BOUND',
          'warning',
          `${path}.target`,
          `${label()}是成本指标，年度指标值“${target.raw}”应写作上限（≤），已按反向指标计分`,
        ),
      );
    } else if (cost && target.comparator === 'none') {
      findings.push(
        finding(
          'COST_TARGET_NOT_UPPER_BOUND',
          'info',
          `${path}.target`,
          `${label()}是成本指标，年度指标值“${target.raw}”未写比较符号，建议写作“≤${target.value}${target.unit}”；已按反向指标计分`,
        ),
      );
    }
    if (
      SATISFACTION_RE.test(level1 + level2) &&
      (target.comparator === '<=' || target.comparator === '<')
    ) {
      findings.push(
        finding(
          'SATISFACTION_NOT_LOWER_BOUND',
          'warning',
          `${path}.target`,
          `${label()}是满意度指标，年度指标值“${target.raw}”写成了上限，应为下限（≥）`,
        ),
      );
    }
  }

  const chosenLevel = QUALITATIVE_LEVELS.includes(ind.level as QualitativeLevel)
    ? (ind.level as QualitativeLevel)
    : null;
  const outcome = ruleOutcome(target, actual, w, cost, chosenLevel, opts, path, label, findings);

  // The evaluator's score, when given, is the one counted.
  let explicit: string | null = null;
  if (ind.score !== undefined && ind.score !== null && ind.score !== '') {
    if (isDecimal(ind.score)) {
      explicit = roundTo(ind.score);
      if (hasMoreDecimals(ind.score, 2)) {
        findings.push(
          finding(
            'INVALID_NUMBER',
            'info',
            `${path}.score`,
            `${label()}的得分 ${ind.score} 超过两位小数，按 ${explicit} 计`,
          ),
        );
      }
    } else {
      findings.push(
        finding(
          'INVALID_NUMBER',
          'error',
          `${path}.score`,
          `${label()}的得分“${str(ind.score)}”不是有效数字`,
        ),
      );
    }
  }
  const score = explicit ?? outcome.ruleScore ?? ZERO;
  const overridden =
    explicit !== null && outcome.ruleScore !== null && cmp(explicit, outcome.ruleScore) !== 0;
  const reason = str(ind.reason).trim();

  let level = outcome.level;
  let met = outcome.met;
  if (outcome.rule === 'qualitative' && explicit !== null && chosenLevel === null) {
    // No level chosen: the evaluator's score places the row in a band.
    level = levelOf(explicit, w);
    met = level === '达成';
  }

  let explanation = outcome.explanation;
  if (overridden) {
    explanation += `；评价人给分 ${explicit}（规则得分 ${outcome.ruleScore}）`;
    findings.push(
      finding(
        'SCORE_OVERRIDDEN',
        'warning',
        `${path}.score`,
        `${label()}得分 ${explicit}，按评分规则应为 ${outcome.ruleScore}（${outcome.explanation}）${reason ? '' : '，修改得分须说明理由'}`,
      ),
    );
  } else if (explicit !== null && outcome.ruleScore === null) {
    explanation += `；按评价人给分 ${explicit}`;
  }

  if (cmp(score, '0') < 0 || cmp(score, w) > 0) {
    findings.push(
      finding(
        'SCORE_OUT_OF_BAND',
        'error',
        `${path}.score`,
        `${label()}得分 ${score} 超出 0–${w} 分的范围`,
      ),
    );
  } else if (
    outcome.rule === 'qualitative' &&
    chosenLevel !== null &&
    !inBand(score, w, chosenLevel)
  ) {
    findings.push(
      finding(
        'SCORE_OUT_OF_BAND',
        'error',
        `${path}.score`,
        `${label()}评定为“${chosenLevel}”，得分应在 ${BAND_TEXT[chosenLevel]} 之间，实际给分 ${score}`,
      ),
    );
  }

  if (outcome.rule === 'qualitative' && outcome.ruleScore === null && explicit === null) {
    findings.push(
      finding(
        'QUALITATIVE_NEEDS_LEVEL',
        'warning',
        `${path}.level`,
        `${label()}是定性指标，实际完成值“${actual.raw}”无法判断是否达成，请评定档次并打分（暂按 0 分计）`,
      ),
    );
  }

  if (met === false && reason === '') {
    findings.push(
      finding(
        'UNMET_WITHOUT_REASON',
        'warning',
        `${path}.reason`,
        `${label()}未完成年度指标值，须填写偏差原因分析及改进措施`,
      ),
    );
  }

  if (outcome.tooLow) {
    findings.push(
      finding(
        'TARGET_TOO_LOW',
        reason ? 'info' : 'warning',
        `${path}.actual`,
        `${label()}实际完成值“${actual.raw}”达到年度指标值“${target.raw}”的 ${opts.targetTooLowRatio} 倍以上，目标可能定得偏低${reason ? '' : '，须说明原因'}`,
      ),
    );
  }

  return {
    result: {
      index,
      level1,
      level2,
      name,
      applicable,
      cost,
      rule: outcome.rule,
      weight: w,
      parsedTarget: target,
      parsedActual: actual,
      met,
      ruleScore: outcome.ruleScore,
      score,
      overridden,
      deviation: outcome.deviation,
      level,
      explanation,
    },
    findings,
  };
}

function ruleOutcome(
  target: ParsedValue,
  actual: ParsedValue,
  w: string,
  cost: boolean,
  chosenLevel: QualitativeLevel | null,
  opts: IndicatorOptions,
  path: string,
  label: () => string,
  findings: Finding[],
): Outcome {
  if (target.kind === 'unparsed') {
    return unscored('年度指标值无法识别，无法按规则计分');
  }
  if (target.kind === 'qualitative') {
    if (actual.kind === 'unparsed' && chosenLevel === null) {
      findings.push(
        finding(
          'UNPARSEABLE_VALUE',
          'warning',
          `${path}.actual`,
          `${label()}的实际完成值“${actual.raw}”无法识别：${actual.reason}`,
        ),
      );
    }
    return qualitativeOutcome(target, actual, w, chosenLevel);
  }

  // Quantitative target.
  if (actual.kind !== 'quantitative') {
    if (actual.kind === 'qualitative') {
      const text = compactText(actual);
      const verdict = AFFIRMATIVE.has(text) ? true : NEGATIVE_RE.test(text) ? false : null;
      if (verdict !== null) {
        findings.push(
          finding(
            'ACTUAL_NOT_NUMERIC',
            'info',
            `${path}.actual`,
            `${label()}的年度指标值是数值“${target.raw}”，实际完成值却是文字“${actual.raw}”，按${verdict ? '完成' : '未完成'}计`,
          ),
        );
        return {
          rule: ruleOfTarget(target, cost),
          met: verdict,
          ruleScore: verdict ? roundTo(w) : ZERO,
          deviation: verdict ? ZERO : null,
          level: null,
          explanation: `实际完成值“${actual.raw}”视为${verdict ? `完成，得满分 ${w}` : '未完成，得 0 分'}`,
          tooLow: false,
        };
      }
    }
    findings.push(
      finding(
        'UNPARSEABLE_VALUE',
        'warning',
        `${path}.actual`,
        `${label()}的实际完成值“${actual.raw}”无法与年度指标值“${target.raw}”比较${actual.kind === 'unparsed' ? `：${actual.reason}` : ''}`,
      ),
    );
    return { ...unscored('实际完成值无法识别，无法按规则计分'), rule: ruleOfTarget(target, cost) };
  }

  let b = actual.value;
  let note = '';
  const k = unitShift(actual.unit, target.unit);
  if (k !== null) {
    if (k !== 0) {
      b = shift(actual.value, k);
      note = `（实际 ${show(actual.value, actual.unit)} 折合 ${show(b, target.unit)}）`;
    }
  } else if (actual.unit === '%' && actual.comparator !== 'range') {
    // `1896 万元` against `100%` (seed 002): the percentage is read as the share of the target.
    const a = target.comparator === 'range' ? (target.upper as string) : target.value;
    b = shift(mul(a, actual.value), -2);
    note = `（实际完成值 ${actual.value}% 按目标值的比例折合 ${show(b, target.unit)}）`;
    findings.push(
      finding(
        'UNIT_MISMATCH',
        'warning',
        `${path}.actual`,
        `${label()}的年度指标值单位是“${target.unit}”，实际完成值却填了百分比“${actual.raw}”，已按目标值的 ${actual.value}% 折合为 ${show(b, target.unit)} 计分`,
      ),
    );
  } else {
    findings.push(
      finding(
        'UNIT_MISMATCH',
        'warning',
        `${path}.actual`,
        `${label()}的年度指标值“${target.raw}”与实际完成值“${actual.raw}”单位不同，无法换算，未按规则计分`,
      ),
    );
    return { ...unscored('单位不一致，无法按规则计分'), rule: ruleOfTarget(target, cost) };
  }
  const outcome = quantitativeOutcome(target, b, w, cost, opts);
  return note ? { ...outcome, explanation: outcome.explanation + note } : outcome;
}

function ruleOfTarget(target: QuantitativeValue, cost: boolean): IndicatorRule {
  if (cost) return 'negative';
  switch (target.comparator) {
    case '<=':
    case '<':
      return 'negative';
    case '=':
      return 'equal';
    case 'range':
      return 'range';
    default:
      return 'positive';
  }
}
