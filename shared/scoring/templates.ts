import { add, cmp, isDecimal } from './exact';
import {
  GRADES,
  SHEET_KINDS,
  type GradeBand,
  type ScoringTemplate,
  type SheetKind,
  type TemplateOptions,
} from './types';

/**
 * Scoring templates are data (SCORING.md "Templates"): admins edit them, `validateTemplate`
 * guards them. The built-ins below reproduce the tables the seeds publish.
 */

/** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60 (财预〔2020〕10号 and every seed table). */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { grade: '优', min: '90' },
  { grade: '良', min: '80' },
  { grade: '中', min: '60' },
  { grade: '差', min: '0' },
];

export const DEFAULT_TEMPLATE_OPTIONS: Readonly<TemplateOptions> = {
  reverseRule: 'linear',
  capExecutionScore: true,
  executionRounding: 'half-up',
  lowExecutionShare: '20',
  highScoreLowExecution: '5',
  targetTooLowRatio: '1.3',
};

export const BUILTIN_TEMPLATES: Readonly<Record<string, ScoringTemplate>> = {
  // Seed 002 项目单位自评表: 预算执行率 10 · 资金管理情况 20 · 绩效指标 70.
  'henan-project-2023': {
    id: 'henan-project-2023',
    name: '项目支出绩效自评（河南 2023 版）',
    kind: 'project',
    basis: '洛阳市西工区 2023 年度部门决算公开“项目单位自评表”',
    sections: [
      { id: 'execution', name: '预算执行率', weight: '10' },
      {
        id: 'fundManagement',
        name: '资金管理情况',
        weight: '20',
        items: [
          { name: '安排科学性', weight: '5' },
          { name: '拨付合规性', weight: '5' },
          { name: '使用规范性', weight: '5' },
          { name: '预算绩效管理情况', weight: '5' },
        ],
      },
      { id: 'indicators', name: '绩效指标', weight: '70' },
    ],
    grades: [...DEFAULT_GRADE_BANDS],
    options: { ...DEFAULT_TEMPLATE_OPTIONS },
  },
  // 财预〔2020〕10号 附件2 项目支出绩效自评表: 执行率 10, 指标 90 (guidance 产出 50, 效益 30,
  // 满意度 10; 成本 rows sat under 产出 then).
  'mof-project-2020': {
    id: 'mof-project-2020',
    name: '项目支出绩效自评（财预〔2020〕10号）',
    kind: 'project',
    basis: '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）',
    sections: [
      { id: 'execution', name: '预算执行率', weight: '10' },
      {
        id: 'indicators',
        name: '绩效指标',
        weight: '90',
        groups: [
          { name: '产出指标', match: ['产出', '成本'], weight: '50', strict: false },
          { name: '效益指标', match: ['效益', '效果'], weight: '30', strict: false },
          { name: '满意度指标', match: ['满意'], weight: '10', strict: false },
        ],
      },
    ],
    grades: [...DEFAULT_GRADE_BANDS],
    options: { ...DEFAULT_TEMPLATE_OPTIONS },
  },
  // Seed 002 部门整体自评表: 执行率 10 · 投入管理 30 · 产出 25 · 效益 25 · 满意度 10.
  'dept-overall-2023': {
    id: 'dept-overall-2023',
    name: '部门整体绩效自评（2023 版）',
    kind: 'department',
    basis: '洛阳市西工区 2023 年度部门决算公开“部门整体自评表”',
    sections: [
      { id: 'execution', name: '预算执行率', weight: '10' },
      {
        id: 'indicators',
        name: '绩效指标',
        weight: '90',
        groups: [
          { name: '投入管理指标', match: ['投入'], weight: '30', strict: true },
          { name: '产出指标', match: ['产出'], weight: '25', strict: true },
          { name: '效益指标', match: ['效益', '效果'], weight: '25', strict: true },
          { name: '满意度指标', match: ['满意'], weight: '10', strict: true },
        ],
      },
    ],
    grades: [...DEFAULT_GRADE_BANDS],
    options: { ...DEFAULT_TEMPLATE_OPTIONS },
  },
};

export const DEFAULT_TEMPLATE_BY_KIND: Readonly<Record<SheetKind, string>> = {
  project: 'henan-project-2023',
  department: 'dept-overall-2023',
};

/** The template of an id: the caller's (admin-edited) templates first, then the built-ins. */
export function findTemplate(
  id: string,
  templates?: Readonly<Record<string, ScoringTemplate>>,
): ScoringTemplate | undefined {
  if (templates && Object.prototype.hasOwnProperty.call(templates, id)) return templates[id];
  return Object.prototype.hasOwnProperty.call(BUILTIN_TEMPLATES, id)
    ? BUILTIN_TEMPLATES[id]
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function weightOk(value: unknown): value is string {
  return isDecimal(value) && cmp(value, '0') >= 0;
}

const SECTION_NAMES: Record<string, string> = {
  execution: '预算执行率',
  fundManagement: '资金管理情况',
  indicators: '绩效指标',
};

/**
 * Checks that a template is well formed and its weights add up (sections to 100, items and
 * groups to their section). Returns the problems in Chinese; an empty list means valid.
 */
export function validateTemplate(t: unknown): string[] {
  const errors: string[] = [];
  if (!isRecord(t)) return ['评分模板必须是对象'];
  if (!nonEmptyString(t.id)) errors.push('模板编号不能为空');
  if (!nonEmptyString(t.name)) errors.push('模板名称不能为空');
  if (!SHEET_KINDS.includes(t.kind as SheetKind)) {
    errors.push('模板类型必须是 project（项目）或 department（部门整体）');
  }

  const sections = t.sections;
  if (!Array.isArray(sections) || sections.length === 0) {
    errors.push('模板至少要有一个评分部分');
  } else {
    let total = '0';
    const seen = new Set<string>();
    sections.forEach((section: unknown, i) => {
      const label = `第 ${i + 1} 个评分部分`;
      if (!isRecord(section)) {
        errors.push(`${label}必须是对象`);
        return;
      }
      const id = section.id;
      if (typeof id !== 'string' || !(id in SECTION_NAMES)) {
        errors.push(`${label}的类型必须是 execution、fundManagement 或 indicators`);
        return;
      }
      const name = SECTION_NAMES[id];
      if (seen.has(id)) errors.push(`“${name}”部分重复`);
      seen.add(id);
      if (!nonEmptyString(section.name)) errors.push(`“${name}”部分的名称不能为空`);
      if (!weightOk(section.weight)) {
        errors.push(`“${name}”部分的分值必须是非负数字`);
        return;
      }
      total = add(total, section.weight);
      if (id === 'fundManagement') validateItems(section, name, errors);
      if (id === 'indicators' && section.groups !== undefined)
        validateGroups(section, name, errors);
    });
    if (!seen.has('execution')) errors.push('模板缺少“预算执行率”部分');
    if (!seen.has('indicators')) errors.push('模板缺少“绩效指标”部分');
    if (cmp(total, '100') !== 0) errors.push(`各评分部分分值合计为 ${total}，应为 100`);
  }

  validateGrades(t.grades, errors);
  validateOptions(t.options, errors);
  return errors;
}

function validateItems(section: Record<string, unknown>, name: string, errors: string[]): void {
  const items = section.items;
  if (!Array.isArray(items) || items.length === 0) {
    errors.push(`“${name}”部分至少要有一个评分项`);
    return;
  }
  let total = '0';
  for (const [i, item] of items.entries()) {
    if (!isRecord(item) || !nonEmptyString(item.name) || !weightOk(item.weight)) {
      errors.push(`“${name}”第 ${i + 1} 项必须有名称和非负分值`);
      return;
    }
    total = add(total, item.weight);
  }
  if (weightOk(section.weight) && cmp(total, section.weight) !== 0) {
    errors.push(`“${name}”各项分值合计为 ${total}，应为 ${section.weight}`);
  }
}

function validateGroups(section: Record<string, unknown>, name: string, errors: string[]): void {
  const groups = section.groups;
  if (!Array.isArray(groups)) {
    errors.push(`“${name}”的指标类别必须是列表`);
    return;
  }
  if (groups.length === 0) return;
  let total = '0';
  for (const [i, group] of groups.entries()) {
    const ok =
      isRecord(group) &&
      nonEmptyString(group.name) &&
      weightOk(group.weight) &&
      typeof group.strict === 'boolean' &&
      Array.isArray(group.match) &&
      group.match.length > 0 &&
      group.match.every(nonEmptyString);
    if (!ok) {
      errors.push(`“${name}”第 ${i + 1} 个指标类别必须有名称、匹配词、分值和是否严格`);
      return;
    }
    total = add(total, group.weight as string);
  }
  if (weightOk(section.weight) && cmp(total, section.weight) !== 0) {
    errors.push(`“${name}”各指标类别分值合计为 ${total}，应为 ${section.weight}`);
  }
}

function validateGrades(grades: unknown, errors: string[]): void {
  if (!Array.isArray(grades) || grades.length === 0) {
    errors.push('评价等级档次不能为空');
    return;
  }
  let previous: string | null = null;
  const seen = new Set<string>();
  for (const [i, band] of grades.entries()) {
    if (!isRecord(band) || !GRADES.includes(band.grade as never) || !isDecimal(band.min)) {
      errors.push(`第 ${i + 1} 个等级档次必须是 优/良/中/差 之一并有最低分`);
      return;
    }
    if (seen.has(band.grade as string)) errors.push(`等级“${String(band.grade)}”重复`);
    seen.add(band.grade as string);
    if (previous !== null && cmp(band.min, previous) >= 0) {
      errors.push('等级档次须按最低分从高到低排列');
    }
    previous = band.min;
  }
  if (previous !== null && cmp(previous, '0') > 0) {
    errors.push('最低一档的最低分应为 0，否则部分总分无法定级');
  }
}

function validateOptions(options: unknown, errors: string[]): void {
  if (!isRecord(options)) {
    errors.push('模板缺少评分选项');
    return;
  }
  if (options.reverseRule !== 'linear' && options.reverseRule !== 'inverse') {
    errors.push('反向指标计分方式必须是 linear（线性扣减）或 inverse（目标值 ÷ 实际值）');
  }
  if (typeof options.capExecutionScore !== 'boolean') {
    errors.push('“执行率得分是否封顶”必须是布尔值');
  }
  if (!['half-up', 'truncate', 'integer'].includes(options.executionRounding as string)) {
    errors.push('执行率得分取整方式必须是 half-up、truncate 或 integer');
  }
  for (const [key, label] of [
    ['lowExecutionShare', '低执行率预警阈值'],
    ['highScoreLowExecution', '高分低执行预警阈值'],
    ['targetTooLowRatio', '目标偏低倍数'],
  ] as const) {
    if (!weightOk(options[key])) errors.push(`${label}必须是非负数字`);
  }
}
