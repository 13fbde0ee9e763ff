import {
  BUILTIN_TEMPLATES,
  DEFAULT_TEMPLATE_BY_KIND,
  findTemplate,
  validateTemplate,
  type ScoringTemplate,
} from '../../../shared/scoring';

const clone = (id: string): ScoringTemplate =>
  JSON.parse(JSON.stringify(BUILTIN_TEMPLATES[id])) as ScoringTemplate;

describe('scoring templates', () => {
  it.each(Object.keys(BUILTIN_TEMPLATES))('built-in %s is valid', (id) => {
    expect(validateTemplate(BUILTIN_TEMPLATES[id])).toEqual([]);
    expect(BUILTIN_TEMPLATES[id].id).toBe(id);
  });

  it('defaults project sheets to henan-project-2023 and department sheets to dept-overall-2023', () => {
    expect(DEFAULT_TEMPLATE_BY_KIND).toEqual({
      project: 'henan-project-2023',
      department: 'dept-overall-2023',
    });
  });

  it('gives the department template the sub-weights 投入管理 30, 产出 25, 效益 25, 满意度 10', () => {
    const section = BUILTIN_TEMPLATES['dept-overall-2023'].sections.find(
      (s) => s.id === 'indicators',
    );
    expect(
      section && 'groups' in section && section.groups?.map((g) => [g.name, g.weight]),
    ).toEqual([
      ['投入管理指标', '30'],
      ['产出指标', '25'],
      ['效益指标', '25'],
      ['满意度指标', '10'],
    ]);
  });

  it('refuses sections that do not add up to 100', () => {
    const t = clone('henan-project-2023');
    t.sections[2].weight = '60';
    expect(validateTemplate(t)).toEqual(['各评分部分分值合计为 90，应为 100']);
  });

  it('refuses 资金管理 items and categories that do not add up to their section', () => {
    const t = clone('henan-project-2023');
    const fund = t.sections[1];
    if (fund.id === 'fundManagement') fund.items[0].weight = '4';
    expect(validateTemplate(t)).toEqual(['“资金管理情况”各项分值合计为 19，应为 20']);
    const d = clone('dept-overall-2023');
    const ind = d.sections[1];
    if (ind.id === 'indicators' && ind.groups) ind.groups[0].weight = '20';
    expect(validateTemplate(d)).toEqual(['“绩效指标”各指标类别分值合计为 80，应为 90']);
  });

  it('refuses malformed templates with Chinese messages', () => {
    expect(validateTemplate(null)).toEqual(['评分模板必须是对象']);
    const t = clone('henan-project-2023') as unknown as Record<string, unknown>;
    t.kind = 'unit';
    t.grades = [
      { grade: '良', min: '80' },
      { grade: '优', min: '90' },
    ];
    t.options = { ...(t.options as object), reverseRule: 'quadratic', executionRounding: 'ceil' };
    const errors = validateTemplate(t);
    expect(errors).toEqual(
      expect.arrayContaining([
        '模板类型必须是 project（项目）或 department（部门整体）',
        '等级档次须按最低分从高到低排列',
        '最低一档的最低分应为 0，否则部分总分无法定级',
        '反向指标计分方式必须是 linear（线性扣减）或 inverse（目标值 ÷ 实际值）',
        '执行率得分取整方式必须是 half-up、truncate 或 integer',
      ]),
    );
  });

  it('requires the 预算执行率 and 绩效指标 sections', () => {
    const t = clone('mof-project-2020');
    t.sections = [{ id: 'execution', name: '预算执行率', weight: '100' }];
    expect(validateTemplate(t)).toEqual(['模板缺少“绩效指标”部分']);
  });

  it('finds a caller’s template before a built-in one', () => {
    const mine = { ...clone('henan-project-2023'), name: '本地版' };
    expect(findTemplate('henan-project-2023', { 'henan-project-2023': mine })?.name).toBe('本地版');
    expect(findTemplate('henan-project-2023')?.name).toBe(
      BUILTIN_TEMPLATES['henan-project-2023'].name,
    );
    expect(findTemplate('toString')).toBeUndefined();
  });
});
