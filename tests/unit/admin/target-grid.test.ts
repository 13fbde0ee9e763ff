import { parseValue } from '../../../shared/scoring';
import {
  CATEGORY_FORMS,
  groupSpans,
  insertionIndex,
  mergeCategories,
} from '../../../admin/target-docs/categories';
import {
  describeLocation,
  fieldErrorsAsFindings,
  indexFindings,
  normalisePath,
  rowLocation,
} from '../../../admin/target-docs/findings';
import { cleanRows, liveFindings } from '../../../admin/target-docs/LiveFindings';
import { describeParsed } from '../../../admin/target-docs/parsed';
import type { DocFinding, ProjectRecord } from '../../../admin/target-docs/types';

const describe_ = (target: string, row: { level1?: string; level2?: string } = {}) =>
  describeParsed(parseValue(target), row).text;

describe('指标值 read back to the user', () => {
  it('names direction, comparator, number and unit of a quantitative target', () => {
    expect(describe_('≥200人次')).toBe('正向 ≥ 200 人次');
    expect(describe_('23.7173万')).toBe('正向 23.7173 万');
    expect(describe_('≤10%')).toBe('反向 ≤ 10 %');
    expect(describe_('4-6 个')).toBe('区间 4–6 个');
  });

  it('reads every 成本 row as 反向, as the scoring does', () => {
    expect(describe_('≤3.33 万元', { level1: '成本指标' })).toBe('反向（成本） ≤ 3.33 万元');
    expect(describe_('11万元', { level1: '产出指标', level2: '成本指标' })).toBe(
      '反向（成本） 11 万元',
    );
  });

  it('names the kind of a qualitative target, and says when a value cannot be read', () => {
    expect(describe_('2021年3月底前')).toBe('定性（时限）');
    expect(describe_('每季度一次')).toBe('定性（频次）');
    expect(describe_('有效保障')).toBe('定性（判断）');
    expect(describe_('')).toBe('未填写');
    expect(describeParsed(parseValue('abc12')).tone).toBe('unparsed');
  });
});

describe('findings beside the rows they concern', () => {
  const findings: DocFinding[] = [
    { code: 'EMPTY_LEVEL1', severity: 'error', path: 'indicators', message: '缺少满意度' },
    { code: 'UNMEASURABLE_TARGET', severity: 'info', path: 'indicators[2].target', message: 'i' },
    {
      code: 'COST_TARGET_NOT_UPPER_BOUND',
      severity: 'warning',
      path: 'indicators[2].target',
      message: 'w',
    },
    { code: 'VALIDATION', severity: 'error', path: 'indicators.0.name', message: 'e' },
  ];

  it('understands both path spellings (findings and server field errors)', () => {
    expect(normalisePath('indicators[3].target')).toBe('indicators.3.target');
    expect(rowLocation('indicators[3].target')).toEqual({ row: 3, field: 'target' });
    expect(rowLocation('indicators.0.name')).toEqual({ row: 0, field: 'name' });
    expect(rowLocation('indicators')).toBeNull();
    expect(rowLocation('spendPlan.q4')).toBeNull();
  });

  it('groups them per row, worst first, and keeps table-wide ones apart', () => {
    const index = indexFindings(findings);
    expect(index.general.map((f) => f.code)).toEqual(['EMPTY_LEVEL1']);
    expect(index.rows.get(2)?.map((f) => f.severity)).toEqual(['warning', 'info']);
    expect(index.rows.get(0)?.map((f) => f.code)).toEqual(['VALIDATION']);
  });

  it('says where a finding points in Chinese', () => {
    expect(describeLocation('indicators[2].target')).toBe('第 3 行 · 指标值');
    expect(describeLocation('spendPlan.q4')).toBe('资金支出计划（12月底）');
    expect(describeLocation('budget.executed')).toBe('全年执行数');
    expect(describeLocation('fundManagement[1].score')).toBe('资金管理情况第 2 项 · 得分');
  });

  it('turns server field errors into error findings, without the form-level root entry', () => {
    expect(
      fieldErrorsAsFindings({
        'indicators.0.level1': '一级指标不能为空',
        root: { serverError: 'x' },
      }),
    ).toEqual([
      {
        code: 'VALIDATION',
        severity: 'error',
        path: 'indicators.0.level1',
        message: '一级指标不能为空',
      },
    ]);
  });
});

describe('the indicator grid keeps categories together, in the order of the paper form', () => {
  const order = mergeCategories(CATEGORY_FORMS[0]);
  const rows = [
    { level1: '产出指标', level2: '数量指标' },
    { level1: '产出指标', level2: '时效指标' },
    { level1: '效益指标', level2: '社会效益指标' },
  ];

  it('puts a row after the last row of its 一级 and 二级', () => {
    expect(insertionIndex(rows, '产出指标', '数量指标', order)).toBe(1);
  });

  it('puts a new 二级 inside its 一级 block, before the 二级 that follow it on paper', () => {
    expect(insertionIndex(rows, '产出指标', '质量指标', order)).toBe(1);
  });

  it('puts a new 一级 where the form has it: 成本 first, 满意度 last', () => {
    expect(insertionIndex(rows, '成本指标', '经济成本指标', order)).toBe(0);
    expect(insertionIndex(rows, '满意度指标', '服务对象满意度指标', order)).toBe(3);
    expect(insertionIndex(rows, '其他', '', order)).toBe(3);
  });

  it('merges 一级 and 二级 cells over consecutive rows, never across a 一级 boundary', () => {
    expect(
      groupSpans([
        { level1: '产出指标', level2: '数量指标' },
        { level1: '产出指标', level2: '数量指标' },
        { level1: '产出指标', level2: '质量指标' },
        { level1: '效益指标', level2: '质量指标' },
      ]),
    ).toEqual([
      { level1: 3, level2: 2 },
      { level1: 0, level2: 0 },
      { level1: 0, level2: 1 },
      { level1: 1, level2: 1 },
    ]);
  });

  it('suggests the form’s categories first, then the ones the document uses', () => {
    const merged = mergeCategories(CATEGORY_FORMS[0], [
      { level1: '效果指标', level2: '社会效益指标' },
    ]);
    expect([...merged.keys()]).toEqual([
      '成本指标',
      '产出指标',
      '效益指标',
      '满意度指标',
      '效果指标',
    ]);
    expect(merged.get('产出指标')).toEqual(['数量指标', '质量指标', '时效指标']);
  });
});

describe('live checks of a 绩效目标表 being typed', () => {
  const project = {
    spendPlan: { q1: '10', q2: '50', q3: '80', q4: '90' },
    amountTotal: '3.3',
    amountFiscal: '3.33',
    amountSpecial: '0',
    amountOther: '0',
  } as ProjectRecord;

  it('runs the submission checks of shared/scoring, project facts included', () => {
    const codes = liveFindings(
      'project',
      [{ level1: '产出指标', level2: '数量指标', name: '培训人次', target: '≥200人次' }],
      project,
    ).map((f) => `${f.code}@${f.path}`);
    expect(codes).toContain('EMPTY_LEVEL1@indicators');
    expect(codes).toContain('SPEND_PLAN_NOT_100@spendPlan.q4');
    expect(codes).toContain('AMOUNTS_DO_NOT_ADD_UP@amounts.total');
  });

  it('sends rows as the API takes them: no parsed value, blank 分值 as null', () => {
    expect(
      cleanRows([
        {
          level1: ' 产出指标 ',
          level2: '数量指标',
          name: '培训人次',
          target: ' ≥200人次',
          weight: '',
          parsed: parseValue('≥200人次'),
        },
      ]),
    ).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '培训人次',
        target: '≥200人次',
        basis: '',
        description: '',
        method: '',
        weight: null,
      },
    ]);
  });
});
