import {
  FINDING_CODES,
  gradeDistribution,
  gradeOf,
  scoreSheet,
  validateTemplate,
  type ScoringTemplate,
} from '../../../shared/scoring';
import { codes, indicator, sheet, templateWith } from './factories';

describe('预算执行率 and its score', () => {
  it('computes 执行率 and 执行率得分 from the exact ratio (seed 002: 1.64 of 3.2)', () => {
    const result = scoreSheet(
      sheet({ budget: { initial: '3.2', adjusted: '3.2', executed: '1.64', weight: '10' } }),
    );
    expect(result.executionRate).toBe('51.25');
    expect(result.executionScore).toBe('5.13');
    expect(result.sections[0].explanation).toContain('1.64 ÷ 全年预算数 3.2 = 51.25%');
  });

  it('scores 0 with no rate when the adjusted budget is 0', () => {
    const result = scoreSheet(
      sheet({ budget: { initial: '0', adjusted: '0', executed: '0', weight: '10' } }),
    );
    expect(result.executionRate).toBeNull();
    expect(result.executionScore).toBe('0.00');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'LOW_EXECUTION', path: 'budget.adjusted' }),
    );
  });

  it('caps the score at its weight when more than the budget was executed', () => {
    const result = scoreSheet(
      sheet({ budget: { initial: '10', adjusted: '10', executed: '11', weight: '10' } }),
    );
    expect(result.executionRate).toBe('110.00');
    expect(result.executionScore).toBe('10.00');
    expect(codes(result)).toContain('EXECUTION_OVER_BUDGET');
  });

  it('lets a template leave the score uncapped', () => {
    const uncapped = templateWith('uncapped', { capExecutionScore: false });
    const result = scoreSheet(
      sheet({
        template: 'uncapped',
        budget: { initial: '10', adjusted: '10', executed: '11', weight: '10' },
      }),
      { templates: { uncapped } },
    );
    expect(result.executionScore).toBe('11.00');
  });

  it.each([
    ['half-up', '6.67'],
    ['truncate', '6.66'],
    ['integer', '7.00'],
  ] as const)('rounds 10 × 2 ÷ 3 %s to %s', (mode, expected) => {
    const t = templateWith(`r-${mode}`, { executionRounding: mode });
    const result = scoreSheet(
      sheet({
        template: t.id,
        budget: { initial: '3', adjusted: '3', executed: '2', weight: '10' },
      }),
      { templates: { [t.id]: t } },
    );
    expect(result.executionScore).toBe(expected);
    expect(result.executionRate).toBe('66.67');
  });

  it('warns when more than 20% of the budget is unspent, not at exactly 20%', () => {
    const at = scoreSheet(
      sheet({ budget: { initial: '10', adjusted: '10', executed: '8', weight: '10' } }),
    );
    expect(codes(at)).not.toContain('LOW_EXECUTION');
    const below = scoreSheet(
      sheet({ budget: { initial: '10', adjusted: '10', executed: '7.99', weight: '10' } }),
    );
    expect(below.findings).toContainEqual(
      expect.objectContaining({ code: 'LOW_EXECUTION', path: 'budget.executed' }),
    );
  });

  it('supports a template that gives 执行率 20 points', () => {
    const base = templateWith('exec20', {});
    const exec20: ScoringTemplate = {
      ...base,
      sections: [
        { id: 'execution', name: '预算执行率', weight: '20' },
        base.sections[1],
        { id: 'indicators', name: '绩效指标', weight: '60' },
      ],
    };
    expect(validateTemplate(exec20)).toEqual([]);
    const result = scoreSheet(
      sheet({
        template: 'exec20',
        budget: { initial: '10', adjusted: '10', executed: '9', weight: '20' },
        indicators: Array.from({ length: 6 }, () => indicator()),
      }),
      { templates: { exec20 } },
    );
    expect(result.executionScore).toBe('18.00');
    expect(result.total).toBe('98.00');
    expect(codes(result)).not.toContain('WEIGHTS_NOT_100');
  });
});

describe('sections, totals and grades', () => {
  it('adds the sections into the total (10 + 20 + 70)', () => {
    const result = scoreSheet(sheet());
    expect(result).toMatchObject({
      executionScore: '10.00',
      fundManagementScore: '20.00',
      indicatorScore: '70.00',
    });
    expect(result.total).toBe('100.00');
    expect(result.grade).toBe('优');
    expect(result.sections.map((s) => [s.id, s.weight, s.score])).toEqual([
      ['execution', '10', '10.00'],
      ['fundManagement', '20', '20.00'],
      ['indicators', '70', '70.00'],
    ]);
  });

  it('sums the rounded row scores, not the exact ones', () => {
    // Two rows of 1/3 of 10 each: 3.33 + 3.33 = 6.66, not round(6.666…) = 6.67.
    const rows = [
      indicator({ target: '≥3个', actual: '1个', reason: 'x' }),
      indicator({ target: '≥3个', actual: '1个', reason: 'x' }),
      ...Array.from({ length: 5 }, () => indicator()),
    ];
    const result = scoreSheet(sheet({ indicators: rows }));
    expect(result.indicatorScore).toBe('56.66');
  });

  it('rescales the indicator section when rows are 不适用', () => {
    const rows = [
      indicator({ applicable: false }),
      indicator({ target: '≥10个', actual: '5个', reason: 'x' }),
      ...Array.from({ length: 5 }, () => indicator()),
    ];
    const result = scoreSheet(sheet({ indicators: rows }));
    // (5 + 50) × 70 ÷ 60 = 64.1666… → 64.17
    expect(result.indicatorScore).toBe('64.17');
    expect(result.indicators[0]).toMatchObject({
      applicable: false,
      score: '0.00',
      ruleScore: null,
    });
    expect(result.sections[2].explanation).toContain('× 70 ÷ 适用分值 60');
  });

  it('scores 0 and says why when every row is 不适用', () => {
    const rows = Array.from({ length: 7 }, () => indicator({ applicable: false }));
    const result = scoreSheet(sheet({ indicators: rows }));
    expect(result.indicatorScore).toBe('0.00');
    expect(codes(result)).toContain('WEIGHTS_NOT_100');
  });

  it.each([
    ['59.99', '差'],
    ['60', '中'],
    ['79.99', '中'],
    ['80', '良'],
    ['89.99', '良'],
    ['90', '优'],
    ['100', '优'],
    ['0', '差'],
  ])('grades %s as %s', (total, grade) => {
    expect(gradeOf(total)).toBe(grade);
  });

  it('grades the computed total and flags a different reported grade', () => {
    const rows = [
      indicator({ score: '9.99', target: '≥10个', actual: '10个' }),
      ...sheet().indicators.slice(1),
    ];
    const result = scoreSheet(
      sheet({ indicators: rows, reported: { total: '99.99', grade: '优' } }),
    );
    expect(result.total).toBe('99.99');
    expect(codes(result)).not.toContain('TOTAL_MISMATCH');

    const low = scoreSheet(
      sheet({
        budget: { initial: '10', adjusted: '10', executed: '0.01', weight: '10' },
        reported: { grade: '优' },
      }),
    );
    expect(low.total).toBe('90.01');
    expect(codes(low)).not.toContain('GRADE_MISMATCH');
    const lower = scoreSheet(
      sheet({
        budget: { initial: '10', adjusted: '10', executed: '0', weight: '10' },
        indicators: [indicator({ score: '9.99' }), ...sheet().indicators.slice(1)],
        reported: { grade: '优' },
      }),
    );
    expect(lower.total).toBe('89.99');
    expect(lower.grade).toBe('良');
    expect(lower.findings).toContainEqual(
      expect.objectContaining({ code: 'GRADE_MISMATCH', path: 'reported.grade' }),
    );
  });

  it('counts grades for a dashboard', () => {
    expect(gradeDistribution([{ grade: '优' }, { grade: '优' }, { grade: '中' }])).toEqual({
      优: 2,
      良: 0,
      中: 1,
      差: 0,
    });
  });
});

describe('checks against the reported figures', () => {
  it('accepts reported figures written with fewer decimals', () => {
    const result = scoreSheet(
      sheet({
        budget: { initial: '10.5', adjusted: '10.5', executed: '9.25', weight: '10' },
        reported: { executionRate: '88.1', executionScore: '8.81', total: '98.81', grade: '优' },
      }),
    );
    expect(result.findings.filter((f) => f.path.startsWith('reported'))).toEqual([]);
  });

  it('flags a reported 执行率, 执行率得分 and total that differ from the computed ones', () => {
    const result = scoreSheet(
      sheet({
        budget: { initial: '10', adjusted: '10', executed: '9.8', weight: '10' },
        reported: { executionRate: '97.96', executionScore: '10', total: '100' },
      }),
    );
    expect(
      result.findings.filter((f) => f.path.startsWith('reported')).map((f) => [f.code, f.path]),
    ).toEqual([
      ['EXECUTION_SCORE_MISMATCH', 'reported.executionRate'],
      ['EXECUTION_SCORE_MISMATCH', 'reported.executionScore'],
      ['TOTAL_MISMATCH', 'reported.total'],
    ]);
  });
});

describe('checks across the sheet', () => {
  it('flags indicators scoring well above the execution score (relative gap > 5%)', () => {
    const at = scoreSheet(
      sheet({ budget: { initial: '10', adjusted: '10', executed: '9.5', weight: '10' } }),
    );
    expect(codes(at)).not.toContain('HIGH_SCORE_LOW_EXECUTION');
    const below = scoreSheet(
      sheet({ budget: { initial: '10', adjusted: '10', executed: '9.49', weight: '10' } }),
    );
    expect(codes(below)).toContain('HIGH_SCORE_LOW_EXECUTION');
  });

  it('flags a summary saying 未完成 when every row got full marks', () => {
    const full = scoreSheet(sheet({ summary: '因人员较少，未完成年度目标任务。' }));
    expect(full.findings).toContainEqual(
      expect.objectContaining({ code: 'SUMMARY_CONTRADICTS_SCORES', path: 'summary' }),
    );
    const partial = scoreSheet(
      sheet({
        summary: '未完成年度目标任务。',
        indicators: [indicator({ actual: '5个', reason: 'x' }), ...sheet().indicators.slice(1)],
      }),
    );
    expect(codes(partial)).not.toContain('SUMMARY_CONTRADICTS_SCORES');
  });

  it('flags output reported when nothing was spent', () => {
    const result = scoreSheet(
      sheet({
        budget: { initial: '4', adjusted: '4', executed: '0', weight: '10' },
        indicators: [
          indicator({ level2: '质量指标', target: '≥90%', actual: '100%' }),
          ...sheet().indicators.slice(1),
        ],
      }),
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'MET_WITH_NOTHING_SPENT', path: 'indicators[0].actual' }),
    );
  });

  it('flags weights that do not add up', () => {
    const result = scoreSheet(
      sheet({
        fundManagement: [{ item: '安排科学性', weight: '5', score: '5' }],
        indicators: sheet().indicators.slice(1),
      }),
    );
    const paths = result.findings.filter((f) => f.code === 'WEIGHTS_NOT_100').map((f) => f.path);
    expect(paths).toEqual(['fundManagement', 'indicators']);
    expect(result.total).toBe('75.00');
  });

  it('holds the department template’s categories to their weights', () => {
    const rows = [
      indicator({ level1: '投入管理指标', weight: '28' }),
      indicator({ level1: '产出指标', weight: '27' }),
      indicator({ level1: '效益指标', weight: '25' }),
      indicator({ level1: '满意度', weight: '10' }),
    ];
    const result = scoreSheet(
      sheet({
        kind: 'department',
        template: 'dept-overall-2023',
        fundManagement: undefined,
        indicators: rows,
      }),
    );
    const weights = result.findings.filter((f) => f.code === 'WEIGHTS_NOT_100');
    expect(weights.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(result.sections[1].groups?.map((g) => [g.name, g.declaredWeight])).toEqual([
      ['投入管理指标', '28'],
      ['产出指标', '27'],
      ['效益指标', '25'],
      ['满意度指标', '10'],
    ]);
  });

  it('treats the 财预〔2020〕10号 category weights as guidance', () => {
    const rows = [
      indicator({ level1: '产出指标', weight: '40' }),
      indicator({ level1: '效益指标', weight: '40' }),
      indicator({ level1: '满意度指标', weight: '10' }),
    ];
    const result = scoreSheet(
      sheet({ template: 'mof-project-2020', fundManagement: undefined, indicators: rows }),
    );
    const weights = result.findings.filter((f) => f.code === 'WEIGHTS_NOT_100');
    expect(weights.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(result.fundManagementScore).toBeNull();
    expect(result.total).toBe('100.00');
  });

  it('falls back to the default template for an unknown id, with an error', () => {
    const result = scoreSheet(sheet({ template: 'no-such-template' }));
    expect(result.template).toBe('henan-project-2023');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_TEMPLATE', severity: 'error' }),
    );
  });

  it('reports a broken admin template instead of failing', () => {
    const broken = { ...templateWith('broken', {}), grades: [] };
    const result = scoreSheet(sheet({ template: 'broken' }), { templates: { broken } });
    expect(codes(result)).toContain('INVALID_TEMPLATE');
    expect(result.grade).toBe('优');
  });

  it('labels every finding code it raises', () => {
    const result = scoreSheet(
      sheet({
        budget: { initial: 'x', adjusted: '0', executed: '1', weight: '10' },
        indicators: [
          indicator({ target: '', actual: '' }),
          indicator({ target: '明显', actual: '一般' }),
        ],
        reported: { total: '1', grade: '优' },
      }),
    );
    expect(result.findings.length).toBeGreaterThan(3);
    for (const f of result.findings) {
      expect(FINDING_CODES[f.code]).toEqual(expect.any(String));
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
