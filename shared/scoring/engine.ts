import { add, cmp, isDecimal, mul, mulDivRound, roundTo, sub, canonicalDecimal } from './exact';
import { finding } from './findings';
import { scoreIndicator, type IndicatorOptions } from './indicator';
import {
  BUILTIN_TEMPLATES,
  DEFAULT_GRADE_BANDS,
  DEFAULT_TEMPLATE_BY_KIND,
  DEFAULT_TEMPLATE_OPTIONS,
  findTemplate,
  validateTemplate,
} from './templates';
import {
  GRADES,
  SHEET_KINDS,
  type EvaluationSheet,
  type Finding,
  type Grade,
  type GradeBand,
  type GroupResult,
  type IndicatorResult,
  type ScoringTemplate,
  type SectionResult,
  type SheetKind,
  type SheetResult,
  type TemplateFundItem,
  type TemplateFundSection,
  type TemplateIndicatorGroup,
  type TemplateIndicatorSection,
  type TemplateSection,
  type TemplateOptions,
} from './types';

export interface ScoreOptions {
  /** Admin-edited templates, looked up before the built-ins. */
  templates?: Readonly<Record<string, ScoringTemplate>>;
}

const ZERO = '0.00';

/** What the engine needs from a template, worked out once per template object. */
interface Prepared {
  template: ScoringTemplate;
  executionName: string;
  executionWeight: string;
  fund: TemplateFundSection | null;
  indicatorName: string;
  indicatorWeight: string;
  groups: TemplateIndicatorGroup[];
  grades: readonly GradeBand[];
  options: TemplateOptions;
  indicatorOptions: IndicatorOptions;
  problems: string[];
}

/** Templates are treated as immutable values: an edited template is a new object. */
const prepared = new WeakMap<ScoringTemplate, Prepared>();

function records<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isRecord) as T[]) : [];
}

/**
 * Reads what scoring needs from a template. Admin templates may be malformed (validateTemplate
 * reports how); scoring then uses what is usable rather than failing.
 */
function prepare(template: ScoringTemplate, builtin: boolean): Prepared {
  const hit = prepared.get(template);
  if (hit) return hit;
  const sections = records<TemplateSection>(template.sections);
  const execution = sections.find((s) => s.id === 'execution');
  const fundSection = sections.find((s): s is TemplateFundSection => s.id === 'fundManagement');
  const indicators = sections.find((s): s is TemplateIndicatorSection => s.id === 'indicators');
  const options: TemplateOptions = {
    ...DEFAULT_TEMPLATE_OPTIONS,
    ...(isRecord(template.options) ? template.options : {}),
  };
  const weightOf = (w: unknown, fallback: string): string =>
    isDecimal(w) ? canonicalDecimal(w) : fallback;
  const groups = records<TemplateIndicatorGroup>(indicators?.groups).map((g) => ({
    ...g,
    name: str(g.name),
    match: Array.isArray(g.match)
      ? g.match.filter((w): w is string => typeof w === 'string' && w !== '')
      : [],
  }));
  const grades = records<GradeBand>(template.grades).filter(
    (b) => GRADES.includes(b.grade) && isDecimal(b.min),
  );
  const p: Prepared = {
    template,
    executionName: str(execution?.name) || '预算执行率',
    executionWeight: weightOf(execution?.weight, '0'),
    fund: fundSection
      ? {
          ...fundSection,
          name: str(fundSection.name) || '资金管理情况',
          items: records<TemplateFundItem>(fundSection.items),
        }
      : null,
    indicatorName: str(indicators?.name) || '绩效指标',
    indicatorWeight: weightOf(indicators?.weight, '0'),
    groups,
    grades: grades.length > 0 ? grades : DEFAULT_GRADE_BANDS,
    options,
    indicatorOptions: {
      reverseRule: options.reverseRule === 'inverse' ? 'inverse' : 'linear',
      targetTooLowRatio: isDecimal(options.targetTooLowRatio) ? options.targetTooLowRatio : '1.3',
    },
    problems: builtin ? [] : validateTemplate(template),
  };
  prepared.set(template, p);
  return p;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The grade of a total under the template's bands (highest band first). */
export function gradeOf(total: string, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): Grade {
  for (const band of bands) {
    if (isDecimal(band.min) && cmp(total, band.min) >= 0) return band.grade;
  }
  return bands.length > 0 ? bands[bands.length - 1].grade : '差';
}

/**
 * Scores a self-evaluation sheet (SCORING.md). Never throws on what the sheet contains: blanks,
 * typos and mismatched units become findings.
 */
export function scoreSheet(sheet: EvaluationSheet, opts: ScoreOptions = {}): SheetResult {
  const findings: Finding[] = [];
  const input: Partial<EvaluationSheet> = isRecord(sheet) ? sheet : {};
  const kind: SheetKind = SHEET_KINDS.includes(input.kind as SheetKind)
    ? (input.kind as SheetKind)
    : 'project';

  // Template.
  const requested =
    typeof input.template === 'string' && input.template !== '' ? input.template : null;
  let templateId = requested ?? DEFAULT_TEMPLATE_BY_KIND[kind];
  let template = findTemplate(templateId, opts.templates);
  if (!template) {
    findings.push(
      finding(
        'UNKNOWN_TEMPLATE',
        'error',
        'template',
        `评分模板“${templateId}”不存在，已按默认模板“${DEFAULT_TEMPLATE_BY_KIND[kind]}”计分`,
      ),
    );
    templateId = DEFAULT_TEMPLATE_BY_KIND[kind];
    template = BUILTIN_TEMPLATES[templateId];
  }
  const builtin = !(
    opts.templates && Object.prototype.hasOwnProperty.call(opts.templates, templateId)
  );
  const t = prepare(template, builtin);
  for (const problem of t.problems) {
    findings.push(
      finding('INVALID_TEMPLATE', 'error', 'template', `评分模板“${templateId}”：${problem}`),
    );
  }
  if (template.kind !== kind) {
    findings.push(
      finding(
        'INVALID_TEMPLATE',
        'warning',
        'template',
        `评分模板“${templateId}”用于${template.kind === 'project' ? '项目支出' : '部门整体'}评价，与本表类型不符`,
      ),
    );
  }

  // 预算执行率.
  const execution = scoreExecution(input.budget, t, findings);

  // 资金管理情况.
  const fund = scoreFundManagement(input.fundManagement, t, findings);

  // 绩效指标.
  const rows = Array.isArray(input.indicators) ? input.indicators : [];
  const indicators: IndicatorResult[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = isRecord(rows[i]) ? rows[i] : ({} as EvaluationSheet['indicators'][number]);
    const scored = scoreIndicator(row, i, t.indicatorOptions);
    indicators.push(scored.result);
    for (const f of scored.findings) findings.push(f);
  }
  const indicatorSection = scoreIndicatorSection(indicators, t, findings);

  const sections: SectionResult[] = [execution.section];
  if (fund) sections.push(fund.section);
  sections.push(indicatorSection);

  const total = add(
    add(execution.section.score, fund ? fund.section.score : '0'),
    indicatorSection.score,
  );
  const totalText = roundTo(total);
  const grade = gradeOf(totalText, t.grades);

  checkReported(input.reported, execution, totalText, grade, findings);
  checkSheet(input, execution, indicatorSection, indicators, t, findings);

  return {
    kind,
    template: templateId,
    executionRate: execution.rate,
    executionScore: execution.section.score,
    fundManagementScore: fund ? fund.section.score : null,
    indicatorScore: indicatorSection.score,
    indicators,
    sections,
    total: totalText,
    grade,
    findings,
  };
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

interface ExecutionOutcome {
  rate: string | null;
  adjusted: string;
  executed: string;
  weight: string;
  section: SectionResult;
}

function budgetFigure(
  budget: Record<string, unknown>,
  key: 'initial' | 'adjusted' | 'executed' | 'weight',
  label: string,
  fallback: string,
  findings: Finding[],
): string {
  const value = budget[key];
  if (isDecimal(value)) return canonicalDecimal(value);
  if (key !== 'initial' || value !== undefined) {
    findings.push(
      finding(
        'INVALID_NUMBER',
        'error',
        `budget.${key}`,
        `${label}“${str(value)}”不是有效数字，按 ${fallback} 计`,
      ),
    );
  }
  return fallback;
}

function scoreExecution(budgetInput: unknown, t: Prepared, findings: Finding[]): ExecutionOutcome {
  const budget = isRecord(budgetInput) ? budgetInput : {};
  budgetFigure(budget, 'initial', '年初预算数', '0', findings);
  const adjusted = budgetFigure(budget, 'adjusted', '全年预算数', '0', findings);
  const executed = budgetFigure(budget, 'executed', '全年执行数', '0', findings);
  let weight = budgetFigure(budget, 'weight', '预算执行率分值', t.executionWeight, findings);
  if (cmp(weight, '0') < 0) weight = t.executionWeight;
  if (cmp(weight, t.executionWeight) !== 0) {
    findings.push(
      finding(
        'WEIGHTS_NOT_100',
        'error',
        'budget.weight',
        `预算执行率分值为 ${weight}，评分模板规定为 ${t.executionWeight}`,
      ),
    );
  }
  const { options } = t;

  if (cmp(adjusted, '0') <= 0) {
    findings.push(
      finding(
        'LOW_EXECUTION',
        'warning',
        'budget.adjusted',
        '全年预算数为 0，无法计算预算执行率，执行率得分按 0 分计',
      ),
    );
    return {
      rate: null,
      adjusted,
      executed,
      weight,
      section: {
        id: 'execution',
        name: t.executionName,
        weight: t.executionWeight,
        declaredWeight: weight,
        score: ZERO,
        explanation: '全年预算数为 0，执行率无法计算，得 0 分',
      },
    };
  }

  const rate = mulDivRound(executed, '100', adjusted) as string;
  let score: string;
  let how: string;
  const over = cmp(executed, adjusted) > 0;
  if (over && options.capExecutionScore) {
    score = roundTo(weight);
    how = `执行数超过预算数，得分以分值 ${weight} 封顶`;
  } else {
    // From the exact ratio, never from the rounded rate (SCORING.md 执行率得分).
    if (options.executionRounding === 'integer') {
      score = `${mulDivRound(weight, executed, adjusted, 0)}.00`;
      how = `得分 = ${weight} × ${executed} ÷ ${adjusted}，四舍五入取整 = ${score}`;
    } else if (options.executionRounding === 'truncate') {
      score = mulDivRound(weight, executed, adjusted, 2, 'down') as string;
      how = `得分 = ${weight} × ${executed} ÷ ${adjusted}，截尾保留两位 = ${score}`;
    } else {
      score = mulDivRound(weight, executed, adjusted) as string;
      how = `得分 = ${weight} × ${executed} ÷ ${adjusted} = ${score}`;
    }
    if (cmp(score, '0') < 0) score = ZERO;
  }
  if (over) {
    findings.push(
      finding(
        'EXECUTION_OVER_BUDGET',
        'warning',
        'budget.executed',
        `全年执行数 ${executed} 超过全年预算数 ${adjusted}（执行率 ${rate}%）${options.capExecutionScore ? '，执行率得分以分值封顶' : ''}`,
      ),
    );
  }
  // Unspent share > threshold: (adjusted − executed) × 100 > threshold × adjusted, exactly.
  if (
    isDecimal(options.lowExecutionShare) &&
    cmp(mul(sub(adjusted, executed), '100'), mul(options.lowExecutionShare, adjusted)) > 0
  ) {
    findings.push(
      finding(
        'LOW_EXECUTION',
        'warning',
        'budget.executed',
        `预算执行率 ${rate}%，未支出资金占全年预算数的 ${roundTo(sub('100', rate))}%，超过 ${options.lowExecutionShare}%`,
      ),
    );
  }
  return {
    rate,
    adjusted,
    executed,
    weight,
    section: {
      id: 'execution',
      name: t.executionName,
      weight: t.executionWeight,
      declaredWeight: weight,
      score,
      explanation: `执行率 = 全年执行数 ${executed} ÷ 全年预算数 ${adjusted} = ${rate}%；${how}`,
    },
  };
}

function scoreFundManagement(
  itemsInput: unknown,
  t: Prepared,
  findings: Finding[],
): { section: SectionResult } | null {
  const items = Array.isArray(itemsInput) ? itemsInput : [];
  if (!t.fund) {
    if (items.length > 0) {
      findings.push(
        finding(
          'SECTION_NOT_IN_TEMPLATE',
          'info',
          'fundManagement',
          `评分模板“${t.template.id}”不含资金管理情况，该部分未计分`,
        ),
      );
    }
    return null;
  }
  const section = t.fund;
  const sectionWeight = isDecimal(section.weight) ? canonicalDecimal(section.weight) : '0';
  let declared = '0';
  let score = '0';
  items.forEach((raw: unknown, i) => {
    const item = isRecord(raw) ? raw : {};
    const path = `fundManagement[${i}]`;
    const name = str(item.item) || `第 ${i + 1} 项`;
    let w = '0';
    if (isDecimal(item.weight) && cmp(item.weight, '0') >= 0) w = canonicalDecimal(item.weight);
    else {
      findings.push(
        finding(
          'INVALID_NUMBER',
          'error',
          `${path}.weight`,
          `资金管理情况“${name}”的分值不是有效的非负数字`,
        ),
      );
    }
    let s = ZERO;
    if (isDecimal(item.score)) s = roundTo(item.score);
    else {
      findings.push(
        finding(
          'INVALID_NUMBER',
          'error',
          `${path}.score`,
          `资金管理情况“${name}”的得分不是有效数字，按 0 分计`,
        ),
      );
    }
    if (cmp(s, '0') < 0 || cmp(s, w) > 0) {
      findings.push(
        finding(
          'SCORE_OUT_OF_BAND',
          'error',
          `${path}.score`,
          `资金管理情况“${name}”得分 ${s} 超出 0–${w} 分的范围`,
        ),
      );
    }
    const expected = section.items.find((x) => x.name === str(item.item));
    if (expected && isDecimal(expected.weight) && cmp(expected.weight, w) !== 0) {
      findings.push(
        finding(
          'WEIGHTS_NOT_100',
          'warning',
          `${path}.weight`,
          `资金管理情况“${name}”分值为 ${w}，评分模板规定为 ${expected.weight}`,
        ),
      );
    }
    declared = add(declared, w);
    score = add(score, s);
  });
  if (cmp(declared, sectionWeight) !== 0) {
    findings.push(
      finding(
        'WEIGHTS_NOT_100',
        'error',
        'fundManagement',
        items.length === 0
          ? `未填写资金管理情况（评分模板规定 ${sectionWeight} 分）`
          : `资金管理情况各项分值合计 ${declared}，评分模板规定为 ${sectionWeight}`,
      ),
    );
  }
  const rounded = roundTo(score);
  return {
    section: {
      id: 'fundManagement',
      name: section.name,
      weight: sectionWeight,
      declaredWeight: declared,
      score: rounded,
      explanation: `资金管理情况 = 各项得分之和 = ${rounded}`,
    },
  };
}

function groupOf(row: IndicatorResult, groups: readonly TemplateIndicatorGroup[]): number {
  for (let g = 0; g < groups.length; g++) {
    if (groups[g].match.some((word) => row.level1.includes(word))) return g;
  }
  // Older tables leave 一级指标 blank on continuation rows or put the category in 二级指标.
  for (let g = 0; g < groups.length; g++) {
    if (groups[g].match.some((word) => row.level2.includes(word))) return g;
  }
  return -1;
}

function scoreIndicatorSection(
  rows: IndicatorResult[],
  t: Prepared,
  findings: Finding[],
): SectionResult {
  let declared = '0';
  let applicableWeight = '0';
  let sum = '0';
  let excluded = 0;
  for (const row of rows) {
    declared = add(declared, row.weight);
    if (row.applicable) {
      applicableWeight = add(applicableWeight, row.weight);
      sum = add(sum, row.score);
    } else excluded += 1;
  }
  if (cmp(declared, t.indicatorWeight) !== 0) {
    findings.push(
      finding(
        'WEIGHTS_NOT_100',
        'error',
        'indicators',
        rows.length === 0
          ? `没有填写绩效指标（评分模板规定 ${t.indicatorWeight} 分）`
          : `绩效指标分值合计 ${declared}，评分模板规定为 ${t.indicatorWeight}`,
      ),
    );
  }

  let score: string;
  let explanation: string;
  if (excluded === 0) {
    score = roundTo(sum);
    explanation = `${t.indicatorName}得分 = 各指标得分之和 = ${score}`;
  } else if (cmp(applicableWeight, '0') <= 0) {
    score = ZERO;
    explanation = '所有指标均不适用，绩效指标得 0 分';
    findings.push(
      finding('WEIGHTS_NOT_100', 'error', 'indicators', '所有绩效指标均标为不适用，无法计分'),
    );
  } else {
    // 不适用 rows leave the section; the rest is rescaled to the section's weight.
    score = mulDivRound(sum, declared, applicableWeight) as string;
    explanation = `${excluded} 项指标不适用：适用指标得分 ${roundTo(sum)} × ${declared} ÷ 适用分值 ${applicableWeight} = ${score}`;
  }

  let groups: GroupResult[] | undefined;
  if (t.groups.length > 0) {
    const declaredBy = t.groups.map(() => '0');
    const scoreBy = t.groups.map(() => '0');
    const unmatched: string[] = [];
    for (const row of rows) {
      const g = groupOf(row, t.groups);
      if (g < 0) {
        unmatched.push(row.name || `第 ${row.index + 1} 项`);
        continue;
      }
      declaredBy[g] = add(declaredBy[g], row.weight);
      if (row.applicable) scoreBy[g] = add(scoreBy[g], row.score);
    }
    groups = t.groups.map((group, g) => {
      const weight = isDecimal(group.weight) ? canonicalDecimal(group.weight) : '0';
      if (cmp(declaredBy[g], weight) !== 0) {
        findings.push(
          finding(
            'WEIGHTS_NOT_100',
            group.strict ? 'error' : 'info',
            'indicators',
            group.strict
              ? `${group.name}分值合计 ${declaredBy[g]}，评分模板规定为 ${weight}`
              : `${group.name}分值合计 ${declaredBy[g]}，评分模板建议为 ${weight}`,
          ),
        );
      }
      return {
        name: group.name,
        weight,
        declaredWeight: declaredBy[g],
        score: roundTo(scoreBy[g]),
      };
    });
    if (unmatched.length > 0) {
      findings.push(
        finding(
          'WEIGHTS_NOT_100',
          'info',
          'indicators',
          `指标 ${unmatched.map((n) => `“${n}”`).join('、')} 的一级指标不属于评分模板的任何类别`,
        ),
      );
    }
  }

  return {
    id: 'indicators',
    name: t.indicatorName,
    weight: t.indicatorWeight,
    declaredWeight: declared,
    score,
    explanation,
    ...(groups ? { groups } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks against the published figures and across the sheet
// ---------------------------------------------------------------------------------------------

function checkReported(
  reportedInput: unknown,
  execution: ExecutionOutcome,
  total: string,
  grade: Grade,
  findings: Finding[],
): void {
  if (!isRecord(reportedInput)) return;
  const reported = reportedInput;
  const { rate, adjusted, executed, weight } = execution;
  const executionScore = execution.section.score;
  const figure = (key: string, label: string): string | null => {
    const value = reported[key];
    if (value === undefined || value === null || value === '') return null;
    if (isDecimal(value)) return value;
    findings.push(
      finding(
        'INVALID_NUMBER',
        'warning',
        `reported.${key}`,
        `填报的${label}“${str(value)}”不是有效数字`,
      ),
    );
    return null;
  };

  const reportedRate = figure('executionRate', '预算执行率');
  if (reportedRate !== null) {
    const differs = rate === null ? cmp(reportedRate, '0') !== 0 : cmp(reportedRate, rate) !== 0;
    if (differs) {
      findings.push(
        finding(
          'EXECUTION_SCORE_MISMATCH',
          'warning',
          'reported.executionRate',
          rate === null
            ? `填报的预算执行率为 ${reportedRate}%，但全年预算数为 0，执行率无法计算`
            : `填报的预算执行率为 ${reportedRate}%，按全年执行数 ${executed} ÷ 全年预算数 ${adjusted} 计算应为 ${rate}%`,
        ),
      );
    }
  }
  const reportedScore = figure('executionScore', '执行率得分');
  if (reportedScore !== null && cmp(reportedScore, executionScore) !== 0) {
    findings.push(
      finding(
        'EXECUTION_SCORE_MISMATCH',
        'warning',
        'reported.executionScore',
        rate === null
          ? `填报的预算执行率得分为 ${reportedScore}，全年预算数为 0，应为 ${executionScore}`
          : `填报的预算执行率得分为 ${reportedScore}，按 ${weight} × ${executed} ÷ ${adjusted} 计算应为 ${executionScore}`,
      ),
    );
  }
  const reportedTotal = figure('total', '总分');
  if (reportedTotal !== null && cmp(reportedTotal, total) !== 0) {
    findings.push(
      finding(
        'TOTAL_MISMATCH',
        'warning',
        'reported.total',
        `填报的总分为 ${reportedTotal}，各项得分合计应为 ${total}`,
      ),
    );
  }
  const reportedGrade = reported.grade;
  if (reportedGrade !== undefined && reportedGrade !== null && reportedGrade !== '') {
    if (!GRADES.includes(reportedGrade as Grade)) {
      findings.push(
        finding(
          'INVALID_NUMBER',
          'warning',
          'reported.grade',
          `填报的评价等级“${str(reportedGrade)}”不是优、良、中、差之一`,
        ),
      );
    } else if (reportedGrade !== grade) {
      findings.push(
        finding(
          'GRADE_MISMATCH',
          'warning',
          'reported.grade',
          `填报的评价等级为“${str(reportedGrade)}”，总分 ${total} 对应的等级应为“${grade}”`,
        ),
      );
    }
  }
}

/** The summary says the goal was not reached (党建工作经费: “未完成年度目标任务”). */
const UNFINISHED_RE = /未完成|没有完成|未能完成|未达到|未达成|未实现/;

function checkSheet(
  input: Partial<EvaluationSheet>,
  execution: ExecutionOutcome,
  indicatorSection: SectionResult,
  indicators: IndicatorResult[],
  t: Prepared,
  findings: Finding[],
): void {
  const applicable = indicators.filter((row) => row.applicable);

  // (指标得分率 − 执行得分率) / 指标得分率 > threshold, i.e. 100·E·Wi < (100 − t)·We·I.
  const E = execution.section.score;
  const We = execution.weight;
  const I = indicatorSection.score;
  const Wi = indicatorSection.declaredWeight;
  const threshold = t.options.highScoreLowExecution;
  if (
    isDecimal(threshold) &&
    cmp(We, '0') > 0 &&
    cmp(Wi, '0') > 0 &&
    cmp(I, '0') > 0 &&
    cmp(mul(mul(E, Wi), '100'), mul(mul(sub('100', threshold), We), I)) < 0
  ) {
    const indicatorRate = mulDivRound(I, '100', Wi) as string;
    const executionRate = mulDivRound(E, '100', We) as string;
    findings.push(
      finding(
        'HIGH_SCORE_LOW_EXECUTION',
        'warning',
        'budget.executed',
        `绩效指标得分率 ${indicatorRate}%，预算执行率得分率仅 ${executionRate}%，相对差距超过 ${threshold}%：指标完成情况与资金支出进度不匹配，请核实`,
      ),
    );
  }

  // Nothing spent, yet 产出 rows report output.
  if (cmp(execution.adjusted, '0') > 0 && cmp(execution.executed, '0') === 0) {
    for (const row of applicable) {
      const actual = row.parsedActual;
      if (
        row.met === true &&
        row.level1.includes('产出') &&
        actual.kind === 'quantitative' &&
        cmp(actual.value, '0') > 0
      ) {
        findings.push(
          finding(
            'MET_WITH_NOTHING_SPENT',
            'warning',
            `indicators[${row.index}].actual`,
            `全年执行数为 0，但产出指标“${row.name}”实际完成值为“${actual.raw}”，请核实`,
          ),
        );
      }
    }
  }

  const summary = str(input.summary);
  if (
    applicable.length > 0 &&
    UNFINISHED_RE.test(summary) &&
    applicable.every((row) => cmp(row.score, row.weight) === 0)
  ) {
    findings.push(
      finding(
        'SUMMARY_CONTRADICTS_SCORES',
        'warning',
        'summary',
        `实际完成情况写明“${summary.match(UNFINISHED_RE)?.[0] ?? ''}”，但所有绩效指标均得满分`,
      ),
    );
  }
}

/** How many results fall in each grade (the dashboard's 优/良/中/差 counts). */
export function gradeDistribution(
  results: readonly Pick<SheetResult, 'grade'>[],
): Record<Grade, number> {
  const counts: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 };
  for (const r of results) counts[r.grade] += 1;
  return counts;
}
