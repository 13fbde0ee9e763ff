import type {
  EvaluationSheet,
  IndicatorResult,
  ScoringTemplate,
  SheetIndicator,
  SheetResult,
} from '../../../shared/scoring';
import { BUILTIN_TEMPLATES, scoreSheet } from '../../../shared/scoring';

/** An indicator row; override what the test is about. */
export function indicator(overrides: Partial<SheetIndicator> = {}): SheetIndicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name: '测试指标',
    target: '≥10个',
    actual: '10个',
    weight: '10',
    ...overrides,
  };
}

/**
 * A well-formed henan-project-2023 sheet: budget 10 of 10 spent, 资金管理 20/20 and seven rows of
 * 10 that meet their targets — total 100. Override the parts under test.
 */
export function sheet(overrides: Partial<EvaluationSheet> = {}): EvaluationSheet {
  return {
    kind: 'project',
    template: 'henan-project-2023',
    budget: { initial: '10', adjusted: '10', executed: '10', weight: '10' },
    fundManagement: [
      { item: '安排科学性', weight: '5', score: '5' },
      { item: '拨付合规性', weight: '5', score: '5' },
      { item: '使用规范性', weight: '5', score: '5' },
      { item: '预算绩效管理情况', weight: '5', score: '5' },
    ],
    indicators: Array.from({ length: 7 }, (_, i) => indicator({ name: `指标${i + 1}` })),
    ...overrides,
  };
}

/** A sheet whose first row is `row` (weight 10) and six filler rows of 10 that meet targets. */
export function sheetWith(
  row: Partial<SheetIndicator>,
  overrides: Partial<EvaluationSheet> = {},
): EvaluationSheet {
  const base = sheet(overrides);
  return { ...base, indicators: [indicator(row), ...base.indicators.slice(1)] };
}

/** Scores one row inside a well-formed sheet and returns its result and the sheet's result. */
export function scoreRow(
  row: Partial<SheetIndicator>,
  opts: { templates?: Record<string, ScoringTemplate>; template?: string } = {},
): { row: IndicatorResult; result: SheetResult } {
  const result = scoreSheet(
    sheetWith(row, opts.template ? { template: opts.template } : {}),
    opts.templates ? { templates: opts.templates } : {},
  );
  return { row: result.indicators[0], result };
}

/** A copy of a built-in template with other options (a template an admin edited). */
export function templateWith(
  id: string,
  changes: Partial<ScoringTemplate['options']>,
  base = 'henan-project-2023',
): ScoringTemplate {
  const t = BUILTIN_TEMPLATES[base];
  return {
    ...t,
    id,
    sections: t.sections.map((s) => ({ ...s })),
    options: { ...t.options, ...changes },
  };
}

export function codes(result: SheetResult): string[] {
  return result.findings.map((f) => f.code);
}
