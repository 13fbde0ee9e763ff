import type { SeedDocument, SeedIndicator } from './seed-types';

/**
 * Seed 001 — 洛阳市洛龙区社区治理和服务创新办公室, 2021 年度部门预算
 * (/work/shared/seeds/001_2c1185df0258d2c4.txt).
 *
 * Transcribed tables:
 * - 洛龙区部门（单位）整体绩效目标申报表 (2021 form: 履职效能/管理效率/运行成本/服务满意/可持续性).
 * - 洛阳市洛龙区2021年度部门预算项目绩效目标表 (summary form, unit 313001).
 *
 * Reading choices:
 * - Project summary table: it has no 二级指标 column. `level1` comes from the column group
 *   (产出指标 / 效益指标 / 满意度指标). `level2` is set only where the 三级 name says it plainly:
 *   counts (数量/人数/户数) → 数量指标; time or timeliness (时间/日期/及时) → 时效指标; a name
 *   containing 质量 → 质量指标; 生态效益 → 生态效益指标; 可持续/持续影响 → 可持续影响指标; every
 *   satisfaction column → 服务对象满意度指标. Everything else (rates such as 换届率, 完成率,
 *   资金拨付完成率, and most 效益 rows) is `''` because it could be 数量 or 质量 (or 经济 or
 *   社会效益) alike.
 * - The table publishes 8 project rows, not 7: seven numbered 313001-1 … 313001-7 and one
 *   (社区换届经费) published with the bare unit code `313001`. Their totals add up to the
 *   unit's 项目支出 3935.03.
 * - There is no 财政专户管理资金 column: `amountSpecial` is `''`. No goal sentences: `goals` [].
 * - Unit table: 指标解释 and several 指标说明 cells are merged cells spanning a group of rows; the
 *   extraction prints them once (or flows their lines across the rows). Each row gets the
 *   merged 指标解释 of its span as `description`; `method` (指标说明) is given per row where the
 *   lines name that row's own indicator, and repeated on every row of the span where the text is
 *   generic for the group.
 * - Form labels `目标1` / `目标2` are removed from the goal sentences; the two empty `目标3:` rows
 *   are left out.
 */

const UNIT_CODE = '313001';
const YEAR = 2021;

/** Row of the summary project table: level1 from the column group. */
function output(name: string, target: string, level2 = ''): SeedIndicator {
  return { level1: '产出指标', level2, name, target };
}
function effect(name: string, target: string, level2 = ''): SeedIndicator {
  return { level1: '效益指标', level2, name, target };
}
function satisfaction(name: string, target: string): SeedIndicator {
  return { level1: '满意度指标', level2: '服务对象满意度指标', name, target };
}

const PROMOTE = '促进区域经济发展及提升工作效率';

export const SEED_001: SeedDocument = {
  source: '001_2c1185df0258d2c4.txt',
  region: '洛阳市洛龙区',
  department: '洛龙区社区治理和服务创新办公室',
  unit: '洛龙区社区治理和服务创新办公室',
  year: YEAR,
  departmentCode: '313',
  unitCode: UNIT_CODE,
  note:
    'DOMAIN.md names this unit 洛阳市西工区社区治理和服务创新办公室; the publication is of 洛阳市洛龙区. ' +
    'The text of 第二部分 (支出预算总体情况说明) carries a stray "2518.03" after "占 95.5%。".',
  projects: [
    {
      code: '313001-1',
      name: '“三治”并进购买社会服务',
      year: YEAR,
      unitCode: UNIT_CODE,
      departmentCode: '313',
      amountTotal: '92.16',
      amountFiscal: '92.16',
      amountSpecial: '',
      amountOther: '0.00',
      goals: [],
      indicators: [
        output('社区数量', '25个', '数量指标'),
        output('资金拨付完成率', '100%'),
        output('资金拨付及时率', '100%', '时效指标'),
        effect(PROMOTE, '明显'),
        effect('社区建设提升', '社区工作人员能力显著提升,服务群众能力增强。'),
        effect('社区政治生态建设', '改善明显'),
        satisfaction('社区满意率', '100%'),
      ],
    },
    {
      code: '313001-2',
      name: '基层社区服务经费',
      year: YEAR,
      unitCode: UNIT_CODE,
      departmentCode: '313',
      amountTotal: '205.22',
      amountFiscal: '205.22',
      amountSpecial: '',
      amountOther: '0.00',
      goals: [],
      indicators: [
        output('社区户数', '23.7173万', '数量指标'),
        output('社区工作质量提升', '明显', '质量指标'),
        output('资金下拨及时性', '及时落实,按季到位', '时效指标'),
        effect(PROMOTE, '明显'),
        effect('提升社区治理水平', '改善'),
        effect('推动社区建设、治理水准', '明显'),
        satisfaction('社区群众满意度', '100%'),
      ],
    },
    {
      code: '313001',
      name: '社区换届经费',
      year: YEAR,
      unitCode: UNIT_CODE,
      departmentCode: '313',
      amountTotal: '5.14',
      amountFiscal: '5.14',
      amountSpecial: '',
      amountOther: '0.00',
      goals: [],
      indicators: [
        output('换届社区数量', '120', '数量指标'),
        output('换届率', '100%'),
        output('换届完成时间', '2021年3月底前', '时效指标'),
        effect(PROMOTE, '明显'),
        effect('换届是否顺利开展进行', '是'),
        effect('换届后提升社区治理水平', '明显'),
        satisfaction('社区群众满意度', '100%'),
      ],
      note:
        'Published with the project code "313001", identical to the unit code and out of the ' +
        '313001-n sequence (it sits between 313001-2 and 313001-3). Kept as published.',
    },
    {
      code: '313001-3',
      name: '社区人员工资经费',
      year: YEAR,
      unitCode: UNIT_CODE,
      departmentCode: '313',
      amountTotal: '3423.75',
      amountFiscal: '3423.75',
      amountSpecial: '',
      amountOther: '0.00',
      goals: [],
      indicators: [
        output('社区数量', '120', '数量指标'),
        output('社区工作人员数', '1080', '数量指标'),
        output('经费发放率', '100%'),
        effect(PROMOTE, '明显'),
        effect('提升社区治理水平', '显著提升'),
        effect('生态效益逐步改善', '明显', '生态效益指标'),
        satisfaction('社区人员满意度', '100%'),
      ],
    },
    {
      code: '313001-4',
      name: '社区里“两委”干部培训经费',
      year: YEAR,
      unitCode: UNIT_CODE,
      departmentCode: '313',
      amountTotal: '15.36',
      amountFiscal: '15.36',
      amountSpecial: '',
      amountOther: '0.00',
      goals: [],
      indicators: [
        output('培训社区数量', '120', '数量指标'),
        output('培训人数', '1080', '数量指标'),
        output('培训出勤率', '100%'),
        effect(PROMOTE, '明显'),
        effect('对培训人员综合性质的提升', '改善'),
        effect('健全的培训制度为培训工作提供持续影响度', '明显', '可持续影响指标'),
        satisfaction('受培训人员满意率', '100%'),
      ],
    },
    {
      code: '313001-5',
      name: '智慧社区经费',
      year: YEAR,
      unitCode: UNIT_CODE,
      departmentCode: '313',
      amountTotal: '172.8',
      amountFiscal: '172.8',
      amountSpecial: '',
      amountOther: '0.00',
      goals: [],
      indicators: [
        output('智慧社区数量', '6个', '数量指标'),
        output('智慧社区建设完善度', '90%以上'),
        effect(PROMOTE, '明显'),
        effect(
          '智慧社区的建设对社区服务治理的提升',
          '社区工作人员能力显著提升，服务群众能力增强。',
        ),
        effect('智慧社区建设完成后对社区居民的可持续影响', '明显', '可持续影响指标'),
        satisfaction('智慧社区建设完成后社区居民满意度', '100%'),
      ],
    },
    {
      code: '313001-6',
      name: '社创办综合服务经费',
      year: YEAR,
      unitCode: UNIT_CODE,
      departmentCode: '313',
      amountTotal: '8',
      amountFiscal: '8',
      amountSpecial: '',
      amountOther: '0.00',
      goals: [],
      indicators: [
        output('项目数量', '6个', '数量指标'),
        output('完成率', '≥98%'),
        output('完成及时性', '及时', '时效指标'),
        effect('提高办公效率', '提高'),
        {
          ...satisfaction('单位全体职工', '100%'),
          note: 'The satisfaction name is published as "单位全体职工" (whose satisfaction, not a name).',
        },
      ],
    },
    {
      code: '313001-7',
      name: '劳务派遣人员经费',
      year: YEAR,
      unitCode: UNIT_CODE,
      departmentCode: '313',
      amountTotal: '12.6',
      amountFiscal: '12.6',
      amountSpecial: '',
      amountOther: '0.00',
      goals: [],
      indicators: [
        output('劳务派遣人数', '3', '数量指标'),
        output('按月拨付', '及时', '时效指标'),
        output('完成日期', '12月31日前', '时效指标'),
        effect('保障工作人员工资待遇', '提高机关工资效率'),
        effect('保证质量', '各项工作保质保量完成'),
        satisfaction('劳务派遣人员满意率', '100%'),
      ],
    },
  ],
  unitTargets: [
    {
      orgCode: UNIT_CODE,
      orgName: '社区治理和服务创新办公室',
      year: YEAR,
      goals: [
        '坚持服务群众为宗旨，以基层党组织建设为关键、以居民自治为方向，以维护稳定为基础、以改革创新为动力，完善城乡社区治理体制，强化基层社区管理，提高政府公共服务水平，建设管理有序、文明和谐的新型社区',
        '贯彻执行国家和省、市、区关于社区治理和服务创新工作的方针、政策，健全全区社区治理体系，研究拟定共治共建共享的社区治理和服务创新工作机制；负责全区社区治理和服务创新有关政策的制定及组织实施、指导推进。',
      ],
      tasks: [
        {
          name: '基本支出',
          content:
            '主要用于保障人员各类经费和单位的正常运转经费。具体包括人员工资、补贴、奖金、公积金、养老保险、医疗保险、工伤保险、职业年金、失业保险、公用经费、工会费、福利费等。',
          amount: '182.88',
          amountFiscal: '182.88',
        },
        {
          name: '项目支出',
          content:
            '主要包含的项目：智慧社区、“两委”干部培训费、“三治”并进购买服务费、社区人员经费、社区服务费、社区换届经费、劳务派遣工资、社创办综合服务费。',
          amount: '3935.03',
          amountFiscal: '3935.03',
        },
      ],
      budget: {
        total: '4117.91',
        fiscal: '4117.91',
        basic: '182.88',
        project: '3935.03',
      },
      note:
        'The 2021 form has no 预算情况 block: basic/project come from the 年度主要任务 rows; total ' +
        'and fiscal (4117.91, 全部为财政一般拨款) from the 部门收支总表 and 第二部分. The form ' +
        'prints the goal row label "目标3:" twice, both empty (left out). The unit code is not ' +
        'printed on this form; 313001 is the code of the unit in the other tables.',
      indicators: [
        // 履职效能
        {
          level1: '履职效能',
          level2: '工作目标管理情况',
          name: '目标依据充分性',
          target: '充分性',
          description: '部门设立的工作目标的依据是否充分；内容是否合法、合规。',
        },
        {
          level1: '履职效能',
          level2: '工作目标管理情况',
          name: '工作目标合理性',
          target: '合理性',
          description: '部门设立的工作目标是否明确、具体、清晰和可衡量。',
        },
        {
          level1: '履职效能',
          level2: '工作目标管理情况',
          name: '目标管理有效性',
          target: '有限性',
          description: '部门是否有完整的目标管理机制以保障工作目标有效落地。',
          note: 'Published target "有限性" (limited); 有效性 was probably meant. Kept as published.',
        },
        {
          level1: '履职效能',
          level2: '整体工作完成',
          name: '总体工作完成率',
          target: '100%',
          description: '反映部门年度总体工作完成情况',
          method:
            '总体工作完成率=部门年度工作要点已完成的数量/部门年度工作要点工作总数量。得分=指标实际完成值×指标分值。',
        },
        {
          level1: '履职效能',
          level2: '整体工作完成',
          name: '牵头单位工作完成率',
          target: '100%',
          description: '反映承接年度总体工作的各牵头单位工作完成情况。',
          method:
            '承接市委市政府、区委区政府年度工作任务的牵头单位制定的工作要点是否涵盖所要承接的重点工作。工作完成率=工作要点已完成的数量/工作要点工作总数量。得分=指标实际完成值×指标分值。',
        },
        {
          level1: '履职效能',
          level2: '重点工作履行',
          name: '社区经费计划完成率',
          target: '90%',
          description: '反映本部门负责的重点工作进展情况。',
          method: '分项具体列示本部门重点工作推进情况，相关情况应予以细化、量化表述。',
        },
        {
          level1: '履职效能',
          level2: '重点工作履行',
          name: '“三治”并进计划完成率',
          target: '90%',
          description: '反映本部门负责的重点工作进展情况。',
          method: '分项具体列示本部门重点工作推进情况，相关情况应予以细化、量化表述。',
        },
        {
          level1: '履职效能',
          level2: '重点工作履行',
          name: '.....',
          target: '',
          note: 'Placeholder row "....." (a slot for further 重点工作) with no 指标值; kept as published.',
        },
        {
          level1: '履职效能',
          level2: '部门目标实现',
          name: '社区经费实现率',
          target: '100%',
          description: '反映本部门制定的年度工作目标达成情况。',
          method: '分项具体列示本部门年度工作目标达成情况，相关情况应予以细化、量化表述。',
        },
        {
          level1: '履职效能',
          level2: '部门目标实现',
          name: '“三治”并进实现率',
          target: '100%',
          description: '反映本部门制定的年度工作目标达成情况。',
          method: '分项具体列示本部门年度工作目标达成情况，相关情况应予以细化、量化表述。',
        },
        {
          level1: '履职效能',
          level2: '',
          name: '.....',
          target: '',
          note:
            'Placeholder row: "....." printed in the first (一级) column at the end of the 履职效能 ' +
            'block, every other cell empty (a slot for further 二级 groups); kept as published.',
        },
        // 管理效率
        {
          level1: '管理效率',
          level2: '预算管理',
          name: '预算编制完整性',
          target: '完整',
          description: '反映部门年度预算编制完整性和提前细化情况。',
          method:
            '①收入预算编制是否足额，是否将所有部门预算收入全部编入收入预算；\n②支出预算编制是否科学，是否是按人员经费按标准、日常公用经费按定额、专项经费按项目分别编制。',
          note: 'The ② line of 指标说明 is printed on the 专项资金细化率 row; read as the continuation of ①.',
        },
        {
          level1: '管理效率',
          level2: '预算管理',
          name: '专项资金细化率',
          target: '100%',
          description: '反映部门年度预算编制完整性和提前细化情况。',
        },
        {
          level1: '管理效率',
          level2: '预算管理',
          name: '预算执行率',
          target: '100%',
          description: '反映部门年度预算执行情况、调整程度和控制结转结余资金的努力程度。',
          method:
            '预算执行率=（预算执行数/预算数）×100%。\n其中，预算完成数指部门本年度实际执行的预算数；预算数指财政部门批复的本年度部门的预算数。',
          note:
            'The 指标说明 lines of this merged span flow one row down in the extraction ' +
            '("其中，…" on the 预算调整率 row, "预算调整率=…" on the 结转结余变动率 row); ' +
            'assigned by the indicator each line names.',
        },
        {
          level1: '管理效率',
          level2: '预算管理',
          name: '预算调整率',
          target: '≤10%',
          description: '反映部门年度预算执行情况、调整程度和控制结转结余资金的努力程度。',
          method:
            '预算调整率=（预算调整数/预算数）×100%。\n预算调整数：部门在本年度内涉及预算的追加、追减或结构调整的资金总和（因落实国家政策、发生不可抗力、上级部门或本级党委政府临时交办而产生的调整除外）。',
        },
        {
          level1: '管理效率',
          level2: '预算管理',
          name: '结转结余变动率',
          target: '≤10%',
          description: '反映部门年度预算执行情况、调整程度和控制结转结余资金的努力程度。',
          method:
            '结转结余变动率=[（本年度累计结转结余资金总额-上年度累计结转结余资金总额）/上年度累计结转结余资金总额]×100%。',
        },
        {
          level1: '管理效率',
          level2: '预算管理',
          name: '部门决算编报质量',
          target: '质量符合相关要求',
          description: '反映本部门决算工作情况。',
          method: '①是否按照相关编审要求报送； ②部门决算编报的单位范围和资金范围是否符合相关要求。',
        },
        {
          level1: '管理效率',
          level2: '预算管理',
          name: '项目库管理完整性',
          target: '≥90%',
          description: '反映本部门项目库建设情况。',
          method:
            '项目库管理完整性=(年度预算安排项目资金总额-未纳入项目库预算项目资金额)/年度预算安排项目资金总额×100%。',
        },
        {
          level1: '管理效率',
          level2: '预算管理',
          name: '国库集中支付合规性',
          target: '≥90%',
          description: '反映部门预算国库集中支付合规性。',
          method:
            '国库集中支付合规性=(年度部门预算资金国库集中支付总额-国库集中支付监控系统拦截资金额)/年度部门预算资金国库集中支付总额×100%。',
        },
        {
          level1: '管理效率',
          level2: '收支管理',
          name: '收入管理规范性',
          target: '规范性',
          description: '反映部门收入管理和收入结构的情况。',
          method:
            '财政拨款收入、事业收入、上级补助收入、附属单位上缴收入、经营收入及其他收入管理是否符合事业单位财务规则的有关规定。',
        },
        {
          level1: '管理效率',
          level2: '收支管理',
          name: '支出管理规范性',
          target: '规范性',
          description: '反映部门支出管理和支出结构的情况。',
          method: '基本支出和项目支出是否符合事业单位财务规则及相关制度办法的有关规定。',
        },
        {
          level1: '管理效率',
          level2: '财务管理',
          name: '财务管理制度的完备性',
          target: '制度健全',
          description: '反映部门相关财务管理规范性和执行有效性的情况。',
          method:
            '①资金的拨付和使用是否有比较完整的审批程序和手续； ②财务核算符合国家财经法规和财务管理制度及专项资金管理有关规定； ③部门基础数据信息和会计信息资料的真实性、完整性、准确性，能否对预算管理工作起到很好的支撑作用。',
        },
        {
          level1: '管理效率',
          level2: '财务管理',
          name: '银行账户管理规范性',
          target: '规范性',
          description: '反映部门相关财务管理规范性和执行有效性的情况。',
          method:
            '财政专户的资金是否按照国库集中收缴的有关规定及时足额上缴，是否存在隐瞒、滞留、截留、挪用和坐支等情况。',
        },
        {
          level1: '管理效率',
          level2: '财务管理',
          name: '政府采购执行率',
          target: '≥95%',
          description: '反映部门相关财务管理规范性和执行有效性的情况。',
          method:
            '①资金使用是否符合政府采购的程序和流程；资金使用是否符合公务卡结算相关制度和规定； ②政府采购执行率=(实际政府采购金额/政府采购预算数)×100%； 政府采购预算：采购机关根据事业发展规划和行政任务编制的、并经过规定程序批准的年度政府采购计划。',
        },
        {
          level1: '管理效率',
          level2: '财务管理',
          name: '内控制度有效性',
          target: '有效性',
          description: '反映部门相关财务管理规范性和执行有效性的情况。',
          method:
            '①预算业务控制：单位是否建立健全预算编制、审批、执行、决算与评价等预算内部管理制度；\n②收支业务控制：单位是否建立健全收入、支出内部管理制度；\n③政府采购业务控制：单位是否建立健全政府采购预算与计划管理、政府采购活动管理、验收管理等政府采购内部管理制度；\n④资产控制：单位是否建立健全资产内部管理制度；\n⑤建设项目控制：单位是否建立健全建设项目内部管理制度，包括与建设项目相关的议事决策机制、审核机制等；\n⑥合同控制：单位是否建立健全合同内部管理制度。\n⑦上述内部控制管理制度是否执行到位有效。',
        },
        {
          level1: '管理效率',
          level2: '资产管理',
          name: '资产管理规范性',
          target: '规范性',
          description: '反映部门对资产管理和利用方面的情况。',
          method:
            '①资产保存是否完整，是否定期对固定资产进行清查，是否有因管理不当发生严重资产损失和丢失的情况；\n②是否存在超标准配置资产；\n③资产使用是否规范，是否存在未经批准擅自出租、出借资产行为；\n④资产处置是否规范，是否存在不按要求进行报批或资产不公开处置行为。',
          note: 'The ③ and ④ lines of 指标说明 are printed on the next rows; all four concern 资产管理规范性.',
        },
        {
          level1: '管理效率',
          level2: '基础管理',
          name: '部门固定资产利用率',
          target: '≥80%',
          description: '反映部门对资产管理和利用方面的情况。',
          note:
            'The extraction prints "基础管理" as the 二级 of this row, kept as published; the row ' +
            'sits inside the 资产管理 span (its 指标解释 and ③④ lines), so 资产管理 was probably ' +
            'meant.',
        },
        {
          level1: '管理效率',
          level2: '基础管理',
          name: '信息化建设成效',
          target: '显著',
          description: '反映为保障整体工作和重点工作实施的基础管理情况。',
          method:
            '分项具体列示为保障整体工作和重点工作所采取的基础管理工作，相关情况应予以细化、量化表述。',
        },
        {
          level1: '管理效率',
          level2: '基础管理',
          name: '管理制度建设成效',
          target: '显著',
          description: '反映为保障整体工作和重点工作实施的基础管理情况。',
          method:
            '分项具体列示为保障整体工作和重点工作所采取的基础管理工作，相关情况应予以细化、量化表述。',
        },
        {
          level1: '管理效率',
          level2: '',
          name: '.....',
          target: '',
          note:
            'Placeholder row: "....." printed in the first column at the end of the 管理效率 block, ' +
            'every other cell empty; kept as published.',
        },
        // 运行成本
        {
          level1: '运行成本',
          level2: '成本控制成效',
          name: '在职人员经费变动率',
          target: '≤10%',
          description: '反映部门对在职及离退休人员成本的控制程度。',
          method:
            '计算公式： ①在职人员经费变动率=[（本年度在职人员经费-上年度在职人员经费）/上年度在职人员经费]×100%。',
        },
        {
          level1: '运行成本',
          level2: '成本控制成效',
          name: '离退休人员经费变动率',
          target: '≤0',
          description: '反映部门对在职及离退休人员成本的控制程度。',
          method:
            '②离退休人员经费变动率=[（本年度离退休人员经费-上年度离退休人员经费）/上年度离退休人员经费]×100%。',
        },
        {
          level1: '运行成本',
          level2: '成本控制成效',
          name: '人均公用经费变动率',
          target: '≤10%',
          description: '反映部门对控制和压缩重点行政成本的努力程度。',
          method:
            '计算公式： ①人均公用经费变动率=[（本年度人均公用经费-上年度人均公用经费）/上年度人均公用经费]×100%。 人均公用经费：年度在职人员公用经费实际支出数/年度实际在职人数。',
        },
        {
          level1: '运行成本',
          level2: '成本控制成效',
          name: '“三公经费”变动率',
          target: '≤0',
          description: '反映部门对控制和压缩重点行政成本的努力程度。',
          method:
            '②“三公经费”变动率=[（本年度“三公经费”总额-上年度“三公经费”总额）/上年度“三公经费”总额]×100%。',
        },
        {
          level1: '运行成本',
          level2: '成本控制成效',
          name: '厉行节约支出变动率',
          target: '≤0',
          description: '反映部门对控制和压缩重点行政成本的努力程度。',
          method:
            '③厉行节约变动率=[（本年度厉行节约总额-上年度厉行节约总额）/上年度厉行节约总额]×100%。',
        },
        {
          level1: '运行成本',
          level2: '成本控制成效',
          name: '总体成本节约率',
          target: '≤10%',
          description: '反映部门对控制和压缩重点行政成本的努力程度。',
          method: '成本节约率=成本节约额/总预算支出额×100%。（成本节约额=总预算支出额-实际支出额）',
        },
        // 服务满意
        {
          level1: '服务满意',
          level2: '服务对象满意',
          name: '群众满意度',
          target: '≥99%',
          description: '反映普通用户和对口部门对部门服务的满意度',
          method: '数据一般通过问卷调查的方式获得，用百分比衡量\n得分=实际完成值+目标值×指标分值。',
        },
        {
          level1: '服务满意',
          level2: '服务对象满意',
          name: '对口部门满意度',
          target: '≥99%',
          description: '反映普通用户和对口部门对部门服务的满意度',
          method: '数据一般通过问卷调查的方式获得，用百分比衡量\n得分=实际完成值+目标值×指标分值。',
          note:
            'The published scoring line reads "得分=实际完成值+目标值×指标分值" ("+" where "÷" ' +
            'is presumably meant). Kept as published.',
        },
        {
          level1: '服务满意',
          level2: '利益相关方满意',
          name: '企业满意度',
          target: '≥99%',
          description:
            '反映相关企业、社会组织和行业协会对部门行政审批、管理服务、参与公共服务情况的满意度',
          method:
            '数据一般通过问卷调查的方式获得，用百分比衡量\n若无目标值，则可参考公众满意度目标值设定参考值。',
        },
        {
          level1: '服务满意',
          level2: '利益相关方满意',
          name: '社会组织满意度',
          target: '≥99%',
          description:
            '反映相关企业、社会组织和行业协会对部门行政审批、管理服务、参与公共服务情况的满意度',
          method:
            '数据一般通过问卷调查的方式获得，用百分比衡量\n若无目标值，则可参考公众满意度目标值设定参考值。',
        },
        {
          level1: '服务满意',
          level2: '监督部门满意',
          name: '外部监督部门满意度',
          target: '≥98%',
          description: '反映外部监督部门对部门依法行政情况的满意度',
          method:
            '数据一般通过问卷调查的方式获得，用百分比衡量\n若无目标值，则可参考公众满意度目标值设定参考值。',
          note: 'The extraction shifts this row by one empty cell; "≥98%" read as the 指标值.',
        },
        // 可持续性 — the 指标值 column is blank for every row.
        {
          level1: '可持续性',
          level2: '体制机制改革情况',
          name: '重要改革事项1',
          target: '',
          description: '反映本部门体制机制改革对部门可持续发展的支撑情况',
          method: '分项具体列示本部门体制机制改革情况。',
          note: 'Template row with a blank 指标值 (no reform item filled in); kept as published.',
        },
        {
          level1: '可持续性',
          level2: '体制机制改革情况',
          name: '重要改革事项2',
          target: '',
          description: '反映本部门体制机制改革对部门可持续发展的支撑情况',
          method: '分项具体列示本部门体制机制改革情况。',
          note: 'Template row with a blank 指标值 (no reform item filled in); kept as published.',
        },
        {
          level1: '可持续性',
          level2: '创新能力',
          name: '重点创新事项1',
          target: '',
          description: '反映本部门创新事项对部门可持续发展的支撑情况',
          method: '分项具体列示本部门创新事项情况。',
          note: 'Template row with a blank 指标值 (no innovation item filled in); kept as published.',
        },
        {
          level1: '可持续性',
          level2: '创新能力',
          name: '重点创新事项2',
          target: '',
          description: '反映本部门创新事项对部门可持续发展的支撑情况',
          method: '分项具体列示本部门创新事项情况。',
          note: 'Template row with a blank 指标值 (no innovation item filled in); kept as published.',
        },
        {
          level1: '可持续性',
          level2: '人才支撑',
          name: '高层次领军人才',
          target: '',
          description: '反映人才培养、教育培训和人才比重情况。',
          method: '比重=实际完成值+目标值×指标分值。',
          note: 'Blank 指标值; kept as published.',
        },
        {
          level1: '可持续性',
          level2: '人才支撑',
          name: '培训计划执行率',
          target: '',
          description: '反映人才培养、教育培训和人才比重情况。',
          method: '比重=实际完成值+目标值×指标分值。',
          note: 'Blank 指标值; kept as published.',
        },
        {
          level1: '可持续性',
          level2: '人才支撑',
          name: '高级职称人才比重',
          target: '',
          description: '反映人才培养、教育培训和人才比重情况。',
          method: '比重=实际完成值+目标值×指标分值。',
          note: 'Blank 指标值; kept as published.',
        },
        {
          level1: '可持续性',
          level2: '人才支撑',
          name: '硕士和博士人才数量',
          target: '',
          description: '反映人才培养、教育培训和人才比重情况。',
          method: '比重=实际完成值+目标值×指标分值。',
          note: 'Blank 指标值; kept as published.',
        },
      ],
    },
  ],
};
