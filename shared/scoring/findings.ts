import type { Finding, Severity } from './types';

/**
 * Every finding code the scoring core raises, with its Chinese label. The first eleven are the
 * contract of SCORING.md; the others are checks a 财政局 reviewer asked for (DOMAIN.md
 * "Mistakes in the real tables") and the target-declaration checks of `checkTargets`.
 */
export const FINDING_CODES = {
  // SCORING.md contract
  EXECUTION_SCORE_MISMATCH: '预算执行率或执行率得分与计算不符',
  TOTAL_MISMATCH: '总分与各项得分合计不符',
  GRADE_MISMATCH: '评价等级与总分不符',
  SCORE_OVERRIDDEN: '得分与评分规则不一致',
  SCORE_OUT_OF_BAND: '得分超出允许范围',
  UNMET_WITHOUT_REASON: '未完成指标未说明偏差原因',
  COST_TARGET_NOT_UPPER_BOUND: '成本指标未设为上限（≤）',
  WEIGHTS_NOT_100: '分值合计不符',
  HIGH_SCORE_LOW_EXECUTION: '指标得分高但预算执行率低',
  LOW_EXECUTION: '预算执行率偏低',
  UNPARSEABLE_VALUE: '指标值无法识别',
  // Further evaluation checks
  UNIT_MISMATCH: '目标值与实际完成值单位不一致',
  ACTUAL_NOT_NUMERIC: '定量指标的实际完成值不是数值',
  QUALITATIVE_NEEDS_LEVEL: '定性指标需评定档次',
  TARGET_TOO_LOW: '实际完成值远超目标值，目标可能偏低',
  SATISFACTION_NOT_LOWER_BOUND: '满意度指标未设为下限（≥）',
  SUMMARY_CONTRADICTS_SCORES: '实际完成情况与指标得分矛盾',
  MET_WITH_NOTHING_SPENT: '未支出资金但产出指标已完成',
  EXECUTION_OVER_BUDGET: '执行数超过全年预算数',
  INVALID_NUMBER: '数值格式错误',
  UNKNOWN_TEMPLATE: '评分模板不存在',
  INVALID_TEMPLATE: '评分模板配置有误',
  SECTION_NOT_IN_TEMPLATE: '评分模板不含该部分',
  // Target declaration checks (checkTargets)
  NO_QUANTITATIVE_OUTPUT: '缺少定量产出指标',
  EMPTY_LEVEL1: '一级指标缺失',
  UNMEASURABLE_TARGET: '指标值不可衡量',
  SPEND_PLAN_NOT_100: '资金支出计划未达到 100%',
  SPEND_PLAN_DECREASING: '资金支出计划累计进度递减',
  AMOUNTS_DO_NOT_ADD_UP: '资金来源合计与资金总额不符',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export const FINDING_CODE_LIST = Object.keys(FINDING_CODES) as FindingCode[];

export function isFindingCode(value: unknown): value is FindingCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FINDING_CODES, value);
}

export function finding(
  code: FindingCode,
  severity: Severity,
  path: string,
  message: string,
): Finding {
  return { code, severity, path, message };
}
