import { codes, scoreRow, templateWith } from './factories';

const inverse = {
  templates: { inv: templateWith('inv', { reverseRule: 'inverse' }) },
  template: 'inv',
};

describe('正向 (≥ and plain numbers)', () => {
  it('scores 0.11 of a ≥0.8 target as 1.38 of 10, where binary floats give 1.37', () => {
    expect(((0.11 / 0.8) * 10).toFixed(2)).toBe('1.37');
    const { row } = scoreRow({ target: '≥0.8', actual: '0.11', weight: '10', reason: '未完成' });
    expect(row.ruleScore).toBe('1.38');
    expect(row.score).toBe('1.38');
    expect(row.rule).toBe('positive');
  });

  it('gives full marks when the actual reaches the target', () => {
    const { row } = scoreRow({ target: '≥95%', actual: '95%' });
    expect(row).toMatchObject({ met: true, ruleScore: '10.00', deviation: '0.00' });
  });

  it('scores a plain number as 正向 and rounds half up', () => {
    const { row } = scoreRow({ target: '16 人', actual: '15 人', reason: '人员调出' });
    expect(row).toMatchObject({ met: false, ruleScore: '9.38', deviation: '-6.25' });
  });

  it('gives 偏差度 −100.00 and 0 points for ≥15种 with nothing done', () => {
    const { row } = scoreRow({ target: '≥15种', actual: '0种', weight: '15', reason: '未使用' });
    expect(row).toMatchObject({ ruleScore: '0.00', deviation: '-100.00', met: false });
  });

  it('explains the formula with the numbers', () => {
    const { row } = scoreRow({ target: '≥0.8', actual: '0.11', reason: '未完成' });
    expect(row.explanation).toBe('正向指标：实际 0.11 < 目标 0.8，得分 = 0.11 ÷ 0.8 × 10 = 1.38');
  });
});

describe('反向 (≤, <, and every 成本 row)', () => {
  it('gives full marks at the target', () => {
    expect(scoreRow({ target: '≤4万元', actual: '4万元' }).row.ruleScore).toBe('10.00');
  });

  it('scores an unmet ≤ target linearly: just over the target loses a little', () => {
    const { row } = scoreRow({ target: '≤100天', actual: '101天', reason: '延期' });
    expect(row).toMatchObject({ met: false, ruleScore: '9.90', deviation: '1.00' });
  });

  it('scores an unmet ≤ target linearly down to 0 at 2×', () => {
    expect(scoreRow({ target: '≤4万元', actual: '6万元', reason: 'x' }).row.ruleScore).toBe('5.00');
    expect(scoreRow({ target: '≤4万元', actual: '7.99万元', reason: 'x' }).row.ruleScore).toBe(
      '0.03',
    );
    expect(scoreRow({ target: '≤4万元', actual: '8万元', reason: 'x' }).row.ruleScore).toBe('0.00');
    expect(scoreRow({ target: '≤4万元', actual: '20万元', reason: 'x' }).row.ruleScore).toBe(
      '0.00',
    );
  });

  it('scores A / B × w under the inverse rule, never reaching 0', () => {
    expect(
      scoreRow({ target: '≤4万元', actual: '5万元', reason: 'x' }, inverse).row.ruleScore,
    ).toBe('8.00');
    expect(
      scoreRow({ target: '≤4万元', actual: '10万元', reason: 'x' }, inverse).row.ruleScore,
    ).toBe('4.00');
    expect(scoreRow({ target: '≤4万元', actual: '3万元' }, inverse).row.ruleScore).toBe('10.00');
  });

  it('gives full marks for A = 0 and B ≤ 0, and 0 when B > 0', () => {
    expect(scoreRow({ target: '≤0', actual: '0' }).row.ruleScore).toBe('10.00');
    expect(scoreRow({ target: '≤0', actual: '-3%' }).row.ruleScore).toBe('10.00');
    const over = scoreRow({ target: '≤0', actual: '2%', reason: 'x' }).row;
    expect(over).toMatchObject({ ruleScore: '0.00', deviation: null, met: false });
  });

  it('scores a 成本 row as 反向 even when its target is written ≥, and flags the target', () => {
    const { row, result } = scoreRow({
      level1: '成本指标',
      level2: '经济成本指标',
      target: '≥5万元',
      actual: '6万元',
      reason: 'x',
    });
    expect(row).toMatchObject({ rule: 'negative', cost: true, ruleScore: '8.00' });
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'COST_TARGET_NOT_UPPER_BOUND',
        severity: 'warning',
        path: 'indicators[0].target',
      }),
    );
  });

  it('treats 成本 in the 二级指标 of older tables as a cost row', () => {
    const { row } = scoreRow({
      level1: '产出指标',
      level2: '成本指标',
      target: '11万元',
      actual: '12万元',
      reason: 'x',
    });
    expect(row).toMatchObject({ cost: true, rule: 'negative', ruleScore: '9.09' });
  });

  it('converts 元 to 万元 before comparing', () => {
    const met = scoreRow({ level1: '成本指标', target: '≤3.33 万元', actual: '16400元' }).row;
    expect(met).toMatchObject({ met: true, ruleScore: '10.00' });
    const over = scoreRow({
      level1: '成本指标',
      target: '≤3.33 万元',
      actual: '35000元',
      reason: 'x',
    }).row;
    expect(over.ruleScore).toBe('9.49');
    expect(over.explanation).toContain('折合 3.5万元');
  });
});

describe('等于 and 区间', () => {
  it('scores = like 正向 when the actual falls short', () => {
    expect(scoreRow({ target: '=100%', actual: '100%' }).row).toMatchObject({
      rule: 'equal',
      ruleScore: '10.00',
    });
    expect(scoreRow({ target: '=100%', actual: '95%', reason: 'x' }).row).toMatchObject({
      rule: 'equal',
      ruleScore: '9.50',
    });
  });

  it.each([
    ['3 个', '7.50', false],
    ['4 个', '10.00', true],
    ['5 个', '10.00', true],
    ['6 个', '10.00', true],
    ['7 个', '8.33', false],
    ['12 个', '0.00', false],
  ])('scores %s against 4-6 个 as %s', (actual, score, met) => {
    const { row } = scoreRow({ target: '4-6 个', actual, reason: 'x' });
    expect(row).toMatchObject({ rule: 'range', ruleScore: score, met });
  });
});

describe('定性 (text targets)', () => {
  it.each(['100%', '是', '已完成', '达成预期指标', '有效保障'])(
    'reads an actual of %j as 达成 with full marks',
    (actual) => {
      const { row } = scoreRow({ level1: '效益指标', target: '有效保障', actual });
      expect(row).toMatchObject({
        rule: 'qualitative',
        level: '达成',
        met: true,
        ruleScore: '10.00',
      });
    },
  );

  it('places the band edges: 0.8w is 达成, 0.6w is 部分达成', () => {
    expect(scoreRow({ target: '及时', actual: '80%' }).row).toMatchObject({
      level: '达成',
      ruleScore: '8.00',
    });
    expect(scoreRow({ target: '及时', actual: '79%', reason: 'x' }).row).toMatchObject({
      level: '部分达成',
      ruleScore: '7.90',
    });
    expect(scoreRow({ target: '及时', actual: '60%', reason: 'x' }).row).toMatchObject({
      level: '部分达成',
      ruleScore: '6.00',
    });
    expect(scoreRow({ target: '及时', actual: '59%', reason: 'x' }).row).toMatchObject({
      level: '未达成',
      ruleScore: '5.90',
    });
  });

  it('accepts a score inside the chosen band and refuses one outside it', () => {
    const inside = scoreRow({
      target: '明显',
      actual: '基本实现',
      level: '部分达成',
      score: '7.99',
      reason: 'x',
    });
    expect(codes(inside.result)).not.toContain('SCORE_OUT_OF_BAND');
    const edge = scoreRow({
      target: '明显',
      actual: '基本实现',
      level: '部分达成',
      score: '8',
      reason: 'x',
    });
    expect(edge.result.findings).toContainEqual(
      expect.objectContaining({
        code: 'SCORE_OUT_OF_BAND',
        severity: 'error',
        path: 'indicators[0].score',
      }),
    );
    const top = scoreRow({ target: '明显', actual: '基本实现', level: '达成', score: '8' });
    expect(codes(top.result)).not.toContain('SCORE_OUT_OF_BAND');
    const low = scoreRow({
      target: '明显',
      actual: '基本实现',
      level: '未达成',
      score: '6',
      reason: 'x',
    });
    expect(codes(low.result)).toContain('SCORE_OUT_OF_BAND');
  });

  it('scores a chosen level without a score at the floor of its band', () => {
    const { row } = scoreRow({
      target: '明显',
      actual: '基本实现',
      level: '部分达成',
      reason: 'x',
    });
    expect(row).toMatchObject({ ruleScore: '6.00', score: '6.00', level: '部分达成', met: false });
  });

  it('asks for a level when the actual says nothing it can read', () => {
    const { row, result } = scoreRow({ target: '明显', actual: '基本实现' });
    expect(row).toMatchObject({ ruleScore: null, score: '0.00', met: null });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'QUALITATIVE_NEEDS_LEVEL', path: 'indicators[0].level' }),
    );
  });

  it('reads 未完成 as 未达成', () => {
    const { row, result } = scoreRow({ target: '年底之前', actual: '未完成' });
    expect(row).toMatchObject({ level: '未达成', ruleScore: '0.00', met: false });
    expect(codes(result)).toContain('UNMET_WITHOUT_REASON');
  });

  it('takes the band of the evaluator’s score when no level is chosen', () => {
    const { row } = scoreRow({ target: '明显', actual: '基本实现', score: '7', reason: 'x' });
    expect(row).toMatchObject({ level: '部分达成', met: false, score: '7.00' });
  });
});

describe('the evaluator’s score', () => {
  it('overrides the rule and says so', () => {
    const { row, result } = scoreRow({
      level1: '成本指标',
      target: '≤4万元',
      actual: '0万元',
      score: '0',
    });
    expect(row).toMatchObject({ ruleScore: '10.00', score: '0.00', overridden: true });
    const f = result.findings.find((x) => x.code === 'SCORE_OVERRIDDEN');
    expect(f).toMatchObject({ severity: 'warning', path: 'indicators[0].score' });
    expect(f?.message).toContain('须说明理由');
  });

  it('raises nothing when it equals the rule score in another notation', () => {
    const { row, result } = scoreRow({ target: '≥95%', actual: '100%', score: '10.0' });
    expect(row.overridden).toBe(false);
    expect(codes(result)).not.toContain('SCORE_OVERRIDDEN');
  });

  it.each(['-1', '10.01'])('refuses a score of %s out of 10', (score) => {
    const { result } = scoreRow({ target: '≥95%', actual: '100%', score });
    expect(codes(result)).toContain('SCORE_OUT_OF_BAND');
  });
});

describe('weights', () => {
  it('rounds a weight with more than two decimals once, so full marks never exceed it', () => {
    const { row, result } = scoreRow({ target: '≥95%', actual: '100%', weight: '3.335' });
    expect(row).toMatchObject({ weight: '3.34', ruleScore: '3.34' });
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        path: 'indicators[0].weight',
        severity: 'warning',
      }),
    );
    expect(codes(result)).not.toContain('SCORE_OUT_OF_BAND');
  });
});

describe('偏差度, reasons and targets set too low', () => {
  it('computes (B − A) / A × 100 for an unmet row', () => {
    expect(scoreRow({ target: '≥20个', actual: '15个', reason: 'x' }).row.deviation).toBe('-25.00');
  });

  it('asks for a reason when a row is not met', () => {
    expect(codes(scoreRow({ target: '≥20个', actual: '15个' }).result)).toContain(
      'UNMET_WITHOUT_REASON',
    );
    expect(
      codes(scoreRow({ target: '≥20个', actual: '15个', reason: '资金未到位' }).result),
    ).not.toContain('UNMET_WITHOUT_REASON');
  });

  it('flags a 正向 actual of 1.3 × the target or more as TARGET_TOO_LOW', () => {
    expect(codes(scoreRow({ target: '≥100个', actual: '129个' }).result)).not.toContain(
      'TARGET_TOO_LOW',
    );
    const low = scoreRow({ target: '≥100个', actual: '130个' }).result;
    expect(low.findings).toContainEqual(
      expect.objectContaining({
        code: 'TARGET_TOO_LOW',
        severity: 'warning',
        path: 'indicators[0].actual',
      }),
    );
    const explained = scoreRow({
      target: '≥100个',
      actual: '130个',
      reason: '上级追加任务',
    }).result;
    expect(explained.findings.find((f) => f.code === 'TARGET_TOO_LOW')?.severity).toBe('info');
  });

  it('never flags a 反向 row as too low', () => {
    expect(codes(scoreRow({ target: '≤100天', actual: '10天' }).result)).not.toContain(
      'TARGET_TOO_LOW',
    );
  });
});

describe('values the rules cannot compare', () => {
  it('scores what it can when units differ and cannot be converted, and says so', () => {
    const { row, result } = scoreRow({ target: '≥95%', actual: '5万元' });
    expect(row).toMatchObject({ ruleScore: null, score: '0.00' });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'UNIT_MISMATCH', path: 'indicators[0].actual' }),
    );
  });

  it('reads a percentage against an amount as the share of the target (seed 002 `1896 万元` / `100%`)', () => {
    const { row, result } = scoreRow({ level1: '成本指标', target: '200 万元', actual: '0%' });
    expect(row).toMatchObject({ ruleScore: '10.00', met: true });
    expect(codes(result)).toEqual(
      expect.arrayContaining(['UNIT_MISMATCH', 'COST_TARGET_NOT_UPPER_BOUND']),
    );
  });

  it('counts the evaluator’s score when the rule cannot tell', () => {
    const { row, result } = scoreRow({ target: '≥95%', actual: '', score: '8' });
    expect(row).toMatchObject({ ruleScore: null, score: '8.00', overridden: false });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'UNPARSEABLE_VALUE', path: 'indicators[0].actual' }),
    );
  });

  it('flags an unreadable target', () => {
    const { result } = scoreRow({ target: '3个降低成本', actual: '100%', score: '10' });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'UNPARSEABLE_VALUE', path: 'indicators[0].target' }),
    );
  });

  it('accepts 已完成 against a number, with a note', () => {
    const { row, result } = scoreRow({ target: '≥95%', actual: '已完成' });
    expect(row).toMatchObject({ ruleScore: '10.00', met: true });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'ACTUAL_NOT_NUMERIC', severity: 'info' }),
    );
  });

  it('flags a satisfaction target written as an upper bound', () => {
    const { result } = scoreRow({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      target: '≤98%',
      actual: '98%',
    });
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'SATISFACTION_NOT_LOWER_BOUND',
        path: 'indicators[0].target',
      }),
    );
  });
});
