import {
  categorySetOf,
  checkTargets,
  type TargetDoc,
  type TargetIndicator,
} from '../../../shared/scoring';

const row = (level1: string, level2: string, name: string, target: string): TargetIndicator => ({
  level1,
  level2,
  name,
  target,
});

/** Seed 004, 410303220000000013451 服务群众专项经费-党建经费 (a clean 2023 project table). */
const partyBuilding: TargetDoc = {
  kind: 'project',
  indicators: [
    row('成本指标', '经济成本指标', '党建经费支出', '≤6万元'),
    row('产出指标', '数量指标', '开展党建工作会议', '≥15次'),
    row('产出指标', '质量指标', '党员教育培训完成率', '≥95%'),
    row('产出指标', '时效指标', '资金使用完成时间', '年底之前'),
    row('产出指标', '数量指标', '党员学习覆盖人次', '≥2000人次'),
    row('效益指标', '社会效益指标', '提高党员干部政治素质和党的建设', '有所提升'),
    row('满意度指标', '服务对象满意度指标', '辖区党员满意度', '≥95%'),
  ],
  amounts: { total: '6.00', fiscal: '6.00', special: '', other: '' },
};

/** Seed 003, 计生后遗症人员医疗和生活补助经费 (2020: 成本指标 under 产出, blank quarters). */
const familyPlanning: TargetDoc = {
  kind: 'project',
  indicators: [
    row('产出指标', '数量指标', '涉及人数', '所有符合计生后遗症认定条件的人员'),
    row('产出指标', '质量指标', '资金利用率', '=100%'),
    row('产出指标', '成本指标', '财政投入水平', '11万元'),
    row('产出指标', '时效指标', '完成率', '≥95%'),
    row('效果指标', '社会效益指标', '社会影响力', '解决实际困难'),
    row('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥80%'),
  ],
  spendPlan: { q1: '', q2: '', q3: '', q4: '100%' },
  amounts: { total: '11.00', fiscal: '11.00', special: '', other: '0.00' },
};

const codesOf = (doc: TargetDoc) =>
  checkTargets(doc).map((f) => `${f.code}:${f.severity}:${f.path}`);

describe('checkTargets on project declarations', () => {
  it('passes a well-formed 2023 table (seed 004 党建经费)', () => {
    expect(codesOf(partyBuilding)).toEqual(['UNMEASURABLE_TARGET:info:indicators[5].target']);
  });

  it('suggests ≤ for a 成本 target without a comparator and accepts 效果指标 for 效益 (seed 003)', () => {
    expect(codesOf(familyPlanning)).toEqual([
      'COST_TARGET_NOT_UPPER_BOUND:info:indicators[2].target',
    ]);
  });

  it('warns on a 成本 target written as a lower bound', () => {
    const doc = {
      ...partyBuilding,
      indicators: [
        row('成本指标', '经济成本指标', '总成本', '≥13.01 万元'),
        ...partyBuilding.indicators.slice(1),
      ],
    };
    expect(codesOf(doc)).toContain('COST_TARGET_NOT_UPPER_BOUND:warning:indicators[0].target');
  });

  it('refuses a declaration without 满意度指标 (error) and warns without 效益指标', () => {
    const doc = {
      ...partyBuilding,
      indicators: partyBuilding.indicators.filter((r) => r.level1 === '产出指标'),
    };
    const findings = checkTargets(doc);
    expect(
      findings.filter((f) => f.code === 'EMPTY_LEVEL1').map((f) => [f.severity, f.message]),
    ).toEqual([
      ['warning', '缺少一级指标“效益指标”（项目（政策）绩效目标表）'],
      ['error', '缺少一级指标“满意度指标”（项目（政策）绩效目标表）'],
      ['info', '缺少一级指标“成本指标”（项目（政策）绩效目标表）'],
    ]);
  });

  it('asks for a quantitative output indicator (seed 004 文化站: all 产出 rows were numbers; here none are)', () => {
    const doc: TargetDoc = {
      kind: 'project',
      indicators: [
        row('产出指标', '数量指标', '智慧社区改造配套基础设施', '精准规划'),
        row('产出指标', '质量指标', '工程质量', '高标准施工'),
        row('效益指标', '经济效益指标', '提升社区整体环境', '有效提高'),
        row('满意度指标', '服务对象满意度指标', '居住群众的满意', '≥95%'),
      ],
    };
    expect(codesOf(doc)).toContain('NO_QUANTITATIVE_OUTPUT:warning:indicators');
  });

  it('flags targets that cannot be measured', () => {
    const doc = {
      ...partyBuilding,
      indicators: [
        ...partyBuilding.indicators,
        row('产出指标', '数量指标', '空白', ''),
        row('产出指标', '数量指标', '可研报告编制项目', '3个降低成本'),
      ],
    };
    const findings = checkTargets(doc).filter((f) => f.code === 'UNMEASURABLE_TARGET');
    expect(findings.map((f) => [f.severity, f.path])).toEqual([
      ['info', 'indicators[5].target'],
      ['warning', 'indicators[7].target'],
      ['warning', 'indicators[8].target'],
    ]);
    expect(findings[1].message).toBe('三级指标“空白”未填写指标值');
  });

  it('flags satisfaction written as an upper bound', () => {
    const doc = {
      ...partyBuilding,
      indicators: [
        ...partyBuilding.indicators.slice(0, 6),
        row('满意度指标', '服务对象满意度指标', '满意度', '≤98%'),
      ],
    };
    expect(codesOf(doc)).toContain('SATISFACTION_NOT_LOWER_BOUND:warning:indicators[6].target');
  });
});

describe('checkTargets on the spending plan and the amounts', () => {
  it('accepts blank early quarters ending at 100% (seed 003)', () => {
    expect(
      checkTargets({
        ...partyBuilding,
        spendPlan: { q1: '', q2: '50%', q3: '80%', q4: '100%' },
      }).some((f) => f.path.startsWith('spendPlan')),
    ).toBe(false);
  });

  it('flags a plan that does not reach 100% or goes backwards', () => {
    const findings = checkTargets({
      ...partyBuilding,
      spendPlan: { q1: '30%', q2: '20%', q3: '80', q4: '90%' },
    });
    expect(
      findings.filter((f) => f.path.startsWith('spendPlan')).map((f) => `${f.code}:${f.path}`),
    ).toEqual(['SPEND_PLAN_DECREASING:spendPlan.q2', 'SPEND_PLAN_NOT_100:spendPlan.q4']);
  });

  it('flags a plan with no year-end figure or above 100%', () => {
    const none = checkTargets({ ...partyBuilding, spendPlan: { q1: '', q2: '', q3: '', q4: '' } });
    expect(none.find((f) => f.code === 'SPEND_PLAN_NOT_100')?.message).toMatch(/未填写 12月底/);
    const over = checkTargets({
      ...partyBuilding,
      spendPlan: { q1: '', q2: '', q3: '120%', q4: '100%' },
    });
    expect(over.map((f) => `${f.code}:${f.path}`)).toEqual(
      expect.arrayContaining([
        'SPEND_PLAN_NOT_100:spendPlan.q3',
        'SPEND_PLAN_DECREASING:spendPlan.q4',
      ]),
    );
  });

  it('flags amounts whose sources do not add up to the total', () => {
    const findings = checkTargets({
      ...partyBuilding,
      amounts: { total: '92.16', fiscal: '90', special: '2', other: '0.15' },
    });
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'AMOUNTS_DO_NOT_ADD_UP', path: 'amounts.total' }),
    );
  });
});

describe('checkTargets on department declarations', () => {
  /** Seed 001 (2021 form): 目标管理有效性 `有限性` and 目标依据充分性 `充分性` set no standard. */
  const form2021: TargetDoc = {
    kind: 'department',
    indicators: [
      row('履职效能', '工作目标管理情况', '目标依据充分性', '充分性'),
      row('履职效能', '工作目标管理情况', '目标管理有效性', '有限性'),
      row('履职效能', '整体工作完成', '总体工作完成率', '100%'),
      row('管理效率', '预算管理', '预算调整率', '≤10%'),
      row('运行成本', '成本控制成效', '“三公经费”变动率', '≤0'),
      row('服务满意', '服务对象满意', '群众满意度', '≥99%'),
    ],
  };

  it('recognises the 2021 form and flags targets that only name a quality', () => {
    expect(categorySetOf(form2021)?.id).toBe('department-2021');
    expect(codesOf(form2021)).toEqual([
      'UNMEASURABLE_TARGET:warning:indicators[0].target',
      'UNMEASURABLE_TARGET:warning:indicators[1].target',
    ]);
  });

  /** Seed 004 (2023 form), abridged. */
  const form2023: TargetDoc = {
    kind: 'department',
    indicators: [
      row('投入管理指标', '预算和财务管理', '预算执行率', '≥90%'),
      row('投入管理指标', '预算和财务管理', '“三公经费”控制率', '≤90%'),
      row('产出指标', '重点工作任务完成', '办公设备购置合格率', '≥98%'),
      row('效益指标', '履职效益', '满足社区居民生活需求', '较大提高'),
      row('满意度', '', '辖区居民满意度', '≥98%'),
    ],
  };

  it('recognises the 2023 form and finds it complete', () => {
    expect(categorySetOf(form2023)?.id).toBe('department-2023');
    expect(codesOf(form2023)).toEqual(['UNMEASURABLE_TARGET:info:indicators[3].target']);
  });

  it('requires the satisfaction category of the form', () => {
    const doc = { ...form2023, indicators: form2023.indicators.slice(0, 4) };
    expect(codesOf(doc)).toContain('EMPTY_LEVEL1:error:indicators');
  });
});
