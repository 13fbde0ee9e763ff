import { indicatorLight, monitoringLights, planAt, worst } from '../../../shared/monitoring';

describe('execution light', () => {
  it('compares 执行率 with time progress: 30% spent at month 6 is 60% of 序时进度 → yellow', () => {
    const l = monitoringLights({ month: 6, budget: '10', executed: '3', indicators: [] });
    expect(l.execution).toMatchObject({
      rate: '30.00',
      timeRatio: '60.00',
      timeLight: 'yellow',
      light: 'yellow',
    });
  });

  it('is red below 60% of time progress and green from 80%', () => {
    expect(
      monitoringLights({ month: 6, budget: '10', executed: '2.99', indicators: [] }).execution
        .timeLight,
    ).toBe('red');
    expect(
      monitoringLights({ month: 6, budget: '10', executed: '4', indicators: [] }).execution
        .timeLight,
    ).toBe('green');
  });

  it('also checks the project’s own spending plan at the last quarter end', () => {
    const l = monitoringLights({
      month: 7,
      budget: '100',
      executed: '40',
      spendPlan: { q1: '10', q2: '80', q3: '90', q4: '100' },
      indicators: [],
    });
    // 40% against a time progress of 58.33% → 68.57% (yellow); against the 6月底 plan of 80% → 50% (red).
    expect(l.execution).toMatchObject({
      plan: '80',
      planRatio: '50.00',
      planLight: 'red',
      timeLight: 'yellow',
      light: 'red',
    });
    expect(planAt(2, { q1: '10', q2: '', q3: '', q4: '100' })).toBeNull();
  });

  it('does not compute a rate for a zero budget', () => {
    expect(
      monitoringLights({ month: 6, budget: '0', executed: '0', indicators: [] }).execution,
    ).toMatchObject({ rate: null, light: 'none' });
  });
});

describe('indicator lights', () => {
  const row = (target: string, progress: string, extra = {}) => ({
    level1: '产出指标',
    level2: '数量指标',
    name: 'x',
    target,
    progress,
    ...extra,
  });

  it('pro-rates a count target to the month: 60 of ≥200人次 at month 6 is 60% → yellow', () => {
    expect(indicatorLight(row('≥200人次', '60人次'), 6)).toMatchObject({
      light: 'yellow',
      ratio: '60.00',
    });
    expect(indicatorLight(row('≥200人次', '59人次'), 6).light).toBe('red');
    expect(indicatorLight(row('≥200人次', '120人次'), 6)).toMatchObject({
      light: 'blue',
      ratio: '120.00',
    });
  });

  it('does not pro-rate a rate in %', () => {
    expect(indicatorLight(row('≥95%', '96%'), 6)).toMatchObject({
      light: 'green',
      ratio: '101.05',
    });
  });

  it('marks an expected full-year shortfall', () => {
    expect(indicatorLight(row('≥200人次', '100人次', { expected: '180人次' }), 6)).toMatchObject({
      light: 'green',
      shortfall: true,
    });
  });

  it('treats ≤ and cost targets as bounds: green within, red beyond', () => {
    const cost = { level1: '成本指标', level2: '经济成本指标', name: '总成本' };
    expect(indicatorLight({ ...cost, target: '≤3.33万元', progress: '1.2万元' }, 6).light).toBe(
      'green',
    );
    expect(
      indicatorLight({ ...cost, target: '≤3.33万元', progress: '1.2万元', expected: '3.5万元' }, 6),
    ).toMatchObject({ light: 'red', shortfall: true });
    expect(indicatorLight({ ...cost, target: '≥5万元', progress: '6万元' }, 6).light).toBe('red');
  });

  it('takes qualitative lights from the unit’s judgement', () => {
    expect(indicatorLight(row('有效保障', '', { likelihood: 'certain' }), 6).light).toBe('green');
    expect(indicatorLight(row('有效保障', '', { likelihood: 'possible' }), 6)).toMatchObject({
      light: 'yellow',
      shortfall: true,
    });
    expect(indicatorLight(row('有效保障', '', { likelihood: 'impossible' }), 6).light).toBe('red');
  });

  it('gives the report its worst light', () => {
    expect(worst(['green', 'blue', 'yellow'])).toBe('yellow');
    const l = monitoringLights({
      month: 6,
      budget: '10',
      executed: '5',
      indicators: [row('≥200人次', '10人次'), row('有效保障', '', { likelihood: 'certain' })],
    });
    expect(l.overall).toBe('red');
    expect(l.counts).toMatchObject({ red: 1, green: 2 });
  });
});
