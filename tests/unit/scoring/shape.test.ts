import { BUILTIN_TEMPLATES, validateSheetShape } from '../../../shared/scoring';
import { indicator, sheet } from './factories';

const errorsOf = (input: unknown): Record<string, string> => {
  const r = validateSheetShape(input);
  return r.ok ? {} : r.errors;
};

describe('validateSheetShape', () => {
  it('accepts a well-formed sheet and returns it', () => {
    const input = sheet({ reported: { total: '100', grade: '优' }, summary: '已完成' });
    const r = validateSheetShape(JSON.parse(JSON.stringify(input)));
    expect(r).toEqual({ ok: true, sheet: input });
  });

  it('drops optional fields sent as null or empty, as forms do', () => {
    const r = validateSheetShape({
      ...sheet(),
      template: null,
      summary: '',
      indicators: [{ ...indicator(), score: '', level: null, applicable: null, reason: null }],
    });
    expect(r.ok && r.sheet.indicators[0]).toEqual(indicator());
    expect(r.ok && 'template' in r.sheet).toBe(false);
  });

  it('refuses what is not an object', () => {
    expect(errorsOf(null)).toEqual({ sheet: '自评表必须是 JSON 对象' });
    expect(errorsOf([])).toEqual({ sheet: '自评表必须是 JSON 对象' });
  });

  it('names the field in Chinese when a budget figure is not a decimal string', () => {
    const errors = errorsOf({
      ...sheet(),
      budget: { initial: '3.2', adjusted: 3.2, executed: '1,64', weight: '10' },
    });
    expect(errors).toEqual({
      'budget.adjusted': '全年预算数必须是数字（字符串形式，如 "3.2"）',
      'budget.executed': '全年执行数必须是数字（字符串形式，如 "3.2"）',
    });
  });

  it('keys indicator errors by their path', () => {
    const rows = [
      indicator(),
      indicator(),
      { ...indicator(), weight: 'ten', level: '优秀', applicable: 'yes', target: 5 },
    ];
    const errors = errorsOf({ ...sheet(), indicators: rows });
    expect(Object.keys(errors).sort()).toEqual([
      'indicators[2].applicable',
      'indicators[2].level',
      'indicators[2].target',
      'indicators[2].weight',
    ]);
    expect(errors['indicators[2].weight']).toBe(
      '第 3 个指标的分值必须是数字（字符串形式，如 "3.2"）',
    );
  });

  it('refuses negative weights and budgets but lets a negative score through to the findings', () => {
    const errors = errorsOf({
      ...sheet(),
      budget: { initial: '1', adjusted: '-1', executed: '0', weight: '10' },
      indicators: [{ ...indicator(), score: '-1' }],
    });
    expect(errors).toEqual({ 'budget.adjusted': '全年预算数不能为负数' });
  });

  it('refuses a weight with more than two decimals', () => {
    const errors = errorsOf({ ...sheet(), indicators: [{ ...indicator(), weight: '3.335' }] });
    expect(errors).toEqual({ 'indicators[0].weight': '第 1 个指标的分值最多保留两位小数' });
  });

  it('refuses unknown fields at every level', () => {
    const errors = errorsOf({
      ...sheet(),
      extra: 1,
      budget: { ...sheet().budget, currency: 'CNY' },
      indicators: [{ ...indicator(), colour: 'red' }],
    });
    expect(errors).toEqual({
      extra: '未知字段“extra”',
      'budget.currency': '未知字段“currency”',
      'indicators[0].colour': '未知字段“colour”',
    });
  });

  it('requires kind, budget and indicators', () => {
    const errors = errorsOf({});
    expect(Object.keys(errors).sort()).toEqual(['budget', 'indicators', 'kind']);
  });

  it('refuses an unknown template and one of the other kind', () => {
    expect(errorsOf({ ...sheet(), template: 'nope' })).toEqual({
      template: '评分模板“nope”不存在',
    });
    expect(errorsOf({ ...sheet(), template: 'dept-overall-2023' }).template).toMatch(
      /与评价类型不符/,
    );
  });

  it('knows the caller’s templates', () => {
    const custom = { ...BUILTIN_TEMPLATES['henan-project-2023'], id: 'custom' };
    expect(
      validateSheetShape({ ...sheet(), template: 'custom' }, { templates: { custom } }).ok,
    ).toBe(true);
  });

  it('refuses arrays and strings that are too large', () => {
    const many = Array.from({ length: 501 }, () => indicator());
    expect(errorsOf({ ...sheet(), indicators: many })).toEqual({
      indicators: '绩效指标最多 500 项，实际 501 项',
    });
    const long = errorsOf({
      ...sheet(),
      indicators: [{ ...indicator(), reason: 'x'.repeat(2001) }],
    });
    expect(long['indicators[0].reason']).toMatch(/过长/);
    const digits = errorsOf({
      ...sheet(),
      budget: { ...sheet().budget, adjusted: '1'.repeat(31) },
    });
    expect(digits['budget.adjusted']).toMatch(/位数过多/);
  });

  it('does not judge content: blank and unreadable values are findings, not shape errors', () => {
    const r = validateSheetShape({
      ...sheet(),
      indicators: [indicator({ target: '', actual: '三个左右' })],
    });
    expect(r.ok).toBe(true);
  });

  it('validates the reported figures', () => {
    const errors = errorsOf({ ...sheet(), reported: { total: 'abc', grade: 'A', extra: '1' } });
    expect(Object.keys(errors).sort()).toEqual([
      'reported.extra',
      'reported.grade',
      'reported.total',
    ]);
  });
});
