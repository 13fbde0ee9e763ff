import type { SeedDocument, SeedIndicator } from './seed-types';

/**
 * Seed 003 — 沧州渤海新区南大港产业园区城区办事处, 2020年部门预算信息公开
 * (/work/shared/seeds/003_b9b1c81c3101a224.txt).
 *
 * Transcribed tables: the five 项目绩效目标表 of 第二部分 预算项目绩效目标 (full form: 项目编码,
 * 专项资金名称, 预算数 / 其中：财政资金 / 其他资金, 资金用途, 资金支出计划, 绩效目标, indicator rows
 * with 一级 / 二级 / 三级 / 绩效指标描述 / 指标值 / 指标值确定依据).
 *
 * Reading choices:
 * - The document publishes no unit code: `unitCode` is `''`. All project codes share the prefix
 *   `555-0101-`, whose meaning the document does not state.
 * - The form has no 财政专户管理资金 line: `amountSpecial` is `''`. No project type is published.
 * - 资金支出计划: the value row has five cells (the merged row label, then 3月底 … 12月底); blank
 *   cells stay `''`.
 * - As in this older form, 成本指标 is a 二级 under 产出指标, and the effect category is
 *   published as 效果指标 (not 效益指标); both kept as published, as is the row order inside
 *   产出指标 (which differs between projects).
 * - The 指标值确定依据 is printed on every row of a project (the same text each time); it is
 *   repeated on every indicator, typos included (`，，`, `3000年`, `300月`).
 * - The 部门整体绩效目标 of 第一部分 is prose (goals and indicator names without target values),
 *   not a target table, so `unitTargets` is empty.
 */

const YEAR = 2020;

/** An indicator row whose 指标值确定依据 is the project's shared basis text. */
function row(
  basis: string,
  level1: string,
  level2: string,
  name: string,
  description: string,
  target: string,
): SeedIndicator {
  return { level1, level2, name, target, description, basis };
}

const BASIS_1 =
  '按照南区字【2013】72号文文件规定，，认定为市级并发症的退休人员，每人每年享受医疗补助3500元；认定为园区并发症的退休人员，每人每年享受医疗补助3000元；认定为园区并发症的在职人员，每人每年享受医疗补助3000年，生活补助2000元。';
const BASIS_2 =
  '根据南区字【2018】85号文提出为进一步提升生态环境治理能力，打好污染防治攻坚战，深化生态环境保护管理体制改革，统筹城乡生态环境保护协调发展，在各分区、城区办设立环保所。环保所经费开支由财政部门予以保障，由各分区、城区办统一管理。';
const BASIS_3 = '城区办事处发放退休干部交通补贴每人每月15元，发放生活补贴每人每月300月。';
const BASIS_4 =
  '根据全区社会治理平安南大港建设动员大会精神以及南大港产业园区小区安防设施改造提升工程一、二、三标段施工合同约定。';
const BASIS_5 =
  '城区办事处为1名遗属发放补贴每月90元，2名患有疾病人员每人每月1834元，为小区执勤保安配备统一服装和器械，价格和数量均经过严格审计。';

export const SEED_003: SeedDocument = {
  source: '003_b9b1c81c3101a224.txt',
  region: '沧州渤海新区南大港产业园区',
  department: '沧州渤海新区南大港产业园区城区办事处',
  unit: '沧州渤海新区南大港产业园区城区办事处',
  year: YEAR,
  note:
    '城区办事处 is a 一级预算单位 without subordinate budget units, so department and unit are the ' +
    'same body. 项目支出 334.37 = 50.7 + 11 + 1 + 267.02 + 4.65 (部门预算安排的总体情况).',
  projects: [
    {
      code: '555-0101-JQN-56G8',
      name: '计生后遗症人员医疗和生活补助经费',
      year: YEAR,
      unitCode: '',
      amountTotal: '11.00',
      amountFiscal: '11.00',
      amountSpecial: '',
      amountOther: '0.00',
      purpose:
        '对认定为市级和园区计划生育结扎手术并发症人员发放医疗和生活补助，提高该类人员的医疗健康水平和生活质量。',
      spendPlan: { q1: '', q2: '', q3: '', q4: '100' },
      goals: [
        '通过该项目的实施，为计生后遗症人员提供医疗补助。',
        '通过该项目的实施，为部分计生后遗症人员提供必要的生活补助。',
      ],
      indicators: [
        row(
          BASIS_1,
          '产出指标',
          '数量指标',
          '涉及人数',
          '帮助计生后遗症人员人数',
          '所有符合计生后遗症认定条件的人员',
        ),
        row(
          BASIS_1,
          '产出指标',
          '质量指标',
          '资金利用率',
          '保证专款专用，切实解决计生后遗症人员医疗和生活需求。',
          '=100%',
        ),
        {
          ...row(BASIS_1, '产出指标', '成本指标', '财政投入水平', '项目可使用资金11万元', '11万元'),
          note: 'Cost target published without a comparator ("11万元", not "≤11万元").',
        },
        row(
          BASIS_1,
          '产出指标',
          '时效指标',
          '完成率',
          '按照年度支出进度计划，及时拨付资金',
          '≥95%',
        ),
        row(
          BASIS_1,
          '效果指标',
          '社会效益指标',
          '社会影响力',
          '帮助计生后遗症人员切实解决医疗和生活困难。',
          '解决实际困难',
        ),
        row(
          BASIS_1,
          '满意度指标',
          '服务对象满意度指标',
          '服务对象满意度',
          '计生后遗症人员满意度',
          '≥80%',
        ),
      ],
      note:
        'The 指标值确定依据 reads "每人每年享受医疗补助3000年" (元 meant) and has a doubled "，，"; ' +
        'kept as published. Spending plan: only 12月底 is filled.',
    },
    {
      code: '555-0101-JQN-UXGG',
      name: '环保工作经费',
      year: YEAR,
      unitCode: '',
      amountTotal: '1.00',
      amountFiscal: '1.00',
      amountSpecial: '',
      amountOther: '0.00',
      purpose: '为环保工作开展提供经济支持，保障环保所正常运转。',
      spendPlan: { q1: '', q2: '50', q3: '80', q4: '100' },
      goals: [
        '通过该项目的实施，确保机构正常运行。',
        '通过该项目的实施，为环保工作开展提供经济支持。',
      ],
      indicators: [
        row(
          BASIS_2,
          '产出指标',
          '数量指标',
          '开展活动次数',
          '开展生态环境保护宣传整治活动的次数',
          '≥2次',
        ),
        {
          ...row(
            BASIS_2,
            '产出指标',
            '质量指标',
            '资金利用率',
            '项目资金用于开展生态坏境宣传整治活动的比例',
            '≥95%',
          ),
          note: 'The description reads "生态坏境" (环境 meant); kept as published.',
        },
        {
          ...row(BASIS_2, '产出指标', '成本指标', '财政投入水平', '项目可使用资金1万元', '1万元'),
          note: 'Cost target published without a comparator ("1万元", not "≤1万元").',
        },
        row(
          BASIS_2,
          '产出指标',
          '时效指标',
          '完成率',
          '按照支出进度要求提前拨付资金，完成全年支出计划',
          '≥95%',
        ),
        row(
          BASIS_2,
          '效果指标',
          '社会效益指标',
          '社会影响力',
          '促进社会经济可持续发展',
          '能对环境保护起到监督和引导的作用',
        ),
        row(BASIS_2, '满意度指标', '服务对象满意度指标', '服务对象满意度', '群众满意度', '≥80%'),
      ],
    },
    {
      code: '555-0101-JQN-HKWU',
      name: '退休干部生活补助经费',
      year: YEAR,
      unitCode: '',
      amountTotal: '50.7',
      amountFiscal: '50.7',
      amountSpecial: '',
      amountOther: '0.00',
      purpose: '对部分退休干部提供生活补贴和交通补贴',
      spendPlan: { q1: '', q2: '', q3: '', q4: '100' },
      goals: [
        '通过该项目的实施，实现对部分退休干部生活帮扶。',
        '通过该项目的实施，实现退休干部交通补贴。',
      ],
      indicators: [
        row(BASIS_3, '产出指标', '数量指标', '补贴人数', '补贴退休干部人数', '≥30人'),
        {
          ...row(
            BASIS_3,
            '产出指标',
            '成本指标',
            '财政投入水平',
            '项目可使用资金50.7万元',
            '50.7万元',
          ),
          note: 'Cost target published without a comparator ("50.7万元", not "≤50.7万元").',
        },
        row(
          BASIS_3,
          '产出指标',
          '质量指标',
          '资金利用率',
          '项目资金用于补贴退休干部的比例',
          '≥95百分比',
        ),
        row(
          BASIS_3,
          '产出指标',
          '时效指标',
          '完成率',
          '按照支出进度提前拨付资金，完成全年支出计划',
          '≥95百分比',
        ),
        row(
          BASIS_3,
          '效果指标',
          '社会效益指标',
          '社会影响力',
          '解决退休干部的实际困难',
          '解决退休干部的实际困难',
        ),
        row(
          BASIS_3,
          '满意度指标',
          '服务对象满意度指标',
          '服务对象满意度',
          '退休干部满意度',
          '≥80百分比',
        ),
      ],
      note:
        'The 指标值确定依据 reads "生活补贴每人每月300月" (元 meant); kept as published. Amounts ' +
        'are published as "50.7" (one decimal) next to "0.00".',
    },
    {
      code: '555-0101-YQN-GZ4H',
      name: '小区安防工程经费',
      year: YEAR,
      unitCode: '',
      amountTotal: '267.02',
      amountFiscal: '267.02',
      amountSpecial: '',
      amountOther: '0.00',
      purpose: '贯彻落实全区社会治理平安南大港建设动员大会精神，对9个小区的安防设施进行提升改造',
      spendPlan: { q1: '', q2: '', q3: '50', q4: '100' },
      goals: [
        '通过该项目的实施，完善居民小区安防设施。',
        '通过该项目的实施，保障居民生命财产安全。',
      ],
      indicators: [
        row(
          BASIS_4,
          '产出指标',
          '数量指标',
          '安防设施数量',
          '新增安防设施数量',
          '足够覆盖居民小区',
        ),
        {
          ...row(
            BASIS_4,
            '产出指标',
            '成本指标',
            '财政投入水平',
            '项目可使用资金267.02万元',
            '267.02万元',
          ),
          note: 'Cost target published without a comparator ("267.02万元", not "≤267.02万元").',
        },
        row(
          BASIS_4,
          '产出指标',
          '质量指标',
          '资金利用率',
          '项目资金用购买安装安防设施的比例',
          '≥95%',
        ),
        row(
          BASIS_4,
          '产出指标',
          '时效指标',
          '完成率',
          '按照支出进度要求提前拨付资金，完成全年支出计划',
          '≥95%',
        ),
        row(
          BASIS_4,
          '效果指标',
          '社会效益指标',
          '社会影响力',
          '打造安全宜居的居民生活环境',
          '足够保障居民生命财产安全',
        ),
        row(
          BASIS_4,
          '满意度指标',
          '服务对象满意度指标',
          '服务对象满意度',
          '居民满意度',
          '≥80百分比',
        ),
      ],
      note:
        'The only code with "YQN" in its third segment (the others have "JQN"); the document does ' +
        'not say why. The 政府采购预算 splits the 267.02 into 2019年小区安防工程投入 241.91 ' +
        '(基金预算拨款) + 安防工程设计监理费 25.11 (一般公共预算拨款).',
    },
    {
      code: '555-0101-JQN-RSAF',
      name: '城乡社会管理事务经费',
      year: YEAR,
      unitCode: '',
      amountTotal: '4.65',
      amountFiscal: '4.65',
      amountSpecial: '',
      amountOther: '0.00',
      purpose: '保障民生，对特殊困难群体发放补贴，为小区保安配备统一服装和器械。',
      spendPlan: { q1: '', q2: '50', q3: '80', q4: '100' },
      goals: [
        '保障其他涉及民生项目顺利实施。',
        '通过该项目的实施，发挥社区作用，推进高效便民服务。',
      ],
      indicators: [
        {
          ...row(
            BASIS_5,
            '产出指标',
            '成本指标',
            '财政投入水平',
            '项目可使用资金4.65万元',
            '4.65万元',
          ),
          note: 'Cost target published without a comparator ("4.65万元", not "≤4.65万元").',
        },
        row(BASIS_5, '产出指标', '数量指标', '保民生次数', '保障民生项目开展次数', '≥1次'),
        row(
          BASIS_5,
          '产出指标',
          '质量指标',
          '资金利用率',
          '项目资金用于城乡社区管理工作的比例',
          '≥95%',
        ),
        row(
          BASIS_5,
          '产出指标',
          '时效指标',
          '完成率',
          '按照支出进度要求提前拨付资金，完成全年支出进度计划',
          '≥95%',
        ),
        row(
          BASIS_5,
          '效果指标',
          '社会效益指标',
          '社会影响力',
          '推动社区治理体系建设',
          '打造和谐稳定社区氛围，推进高效便民服务。',
        ),
        row(
          BASIS_5,
          '满意度指标',
          '服务对象满意度指标',
          '服务对象满意度',
          '居民满意度',
          '≥80百分比',
        ),
      ],
    },
  ],
  unitTargets: [],
};
