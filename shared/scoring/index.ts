/**
 * The scoring core: 指标值 parser, 自评 scoring engine, templates and review checks. Framework
 * free (runs in the browser preview and on the server); depends on decimal.js only.
 */
export * from './types';
export { FINDING_CODES, FINDING_CODE_LIST, isFindingCode, type FindingCode } from './findings';
export { parseValue, normaliseUnit } from './parse-value';
export { unitShift } from './units';
export {
  BUILTIN_TEMPLATES,
  DEFAULT_GRADE_BANDS,
  DEFAULT_TEMPLATE_BY_KIND,
  DEFAULT_TEMPLATE_OPTIONS,
  findTemplate,
  validateTemplate,
} from './templates';
export { scoreSheet, gradeOf, gradeDistribution, type ScoreOptions } from './engine';
export { scoreIndicator, levelOf, inBand, type IndicatorOptions } from './indicator';
export { validateSheetShape, SHEET_LIMITS, type ShapeResult } from './shape';
export {
  checkTargets,
  categorySetOf,
  TARGET_CATEGORY_SETS,
  type TargetCategory,
  type TargetCategorySet,
  type TargetDoc,
  type TargetIndicator,
} from './targets';
