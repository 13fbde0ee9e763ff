import type { SeedDocument, SeedIndicator, SeedProject } from './seed-types';

/**
 * Seed 004 — 洛阳市西工区西工街道办事处, 2023 年部门预算 (department 151, unit 151001)
 * (/work/shared/seeds/004_97ef04ed69913756.txt).
 *
 * Transcribed tables:
 * - 预算 12表 区级部门整体绩效目标表 (2023 form: 投入管理指标 / 产出指标 / 效益指标 / 满意度).
 * - 预算 13表 2023 年度区级部门预算项目绩效目标表 (14 projects, summary form with 成本指标).
 * - 预算 11表 2023 年项目支出预算表, for each project's type (特定目标类 → `specific`,
 *   其他运转类 → `operating`); its names and amounts agree with the 13表.
 *
 * Reading the PDF extraction of the 13表:
 * - Cells are broken over several lines; each cell is joined back without spaces
 *   (`≥2000人` + `次` → `≥2000人次`, `≤178.46万` + `元` → `≤178.46万元`).
 * - The extraction prints the cells of a table row left to right (成本, 产出, 效益, 满意度), but
 *   rows with empty cells lose their column positions. Columns are assigned by the width at
 *   which each column wraps its 三级指标 names — 成本 about 7 characters, 产出 8, 效益 6,
 *   满意度 5 (e.g. `公车出行安全` + `率` wraps at 6, so it is an 效益 name) — and by meaning.
 *   Rows where that still leaves a choice carry a `note`.
 * - Amounts: two numbers per project, read as 资金总额 and 政府预算资金; 财政专户管理资金 and
 *   单位资金 are blank (`''`).
 * - The table has no 二级指标 column. `level1` comes from the column group; `level2` is set only
 *   where safe: every 成本 row is a money amount (万元) → 经济成本指标; counts (数量/人数/次数/
 *   种类/人次, or a target counted in 个/辆/人/次/种) → 数量指标; 合格率 → 质量指标; a time or
 *   deadline (时间/及时/按时, `年底之前`) → 时效指标; every 满意度 row → 服务对象满意度指标. Other
 *   产出 rows (完成率, 覆盖率, 拨付率, 考勤率, 运行时间, 采购频率 …) and all 效益 rows are `''`.
 * - The table has no 年度绩效目标 sentences: `goals` is [] for every project.
 */

const YEAR = 2023;
const UNIT_CODE = '151001';
const DEPARTMENT_CODE = '151';

function cost(name: string, target: string): SeedIndicator {
  return { level1: '成本指标', level2: '经济成本指标', name, target };
}
function output(name: string, target: string, level2 = ''): SeedIndicator {
  return { level1: '产出指标', level2, name, target };
}
function effect(name: string, target: string): SeedIndicator {
  return { level1: '效益指标', level2: '', name, target };
}
function satisfaction(name: string, target: string): SeedIndicator {
  return { level1: '满意度指标', level2: '服务对象满意度指标', name, target };
}
function noted(indicator: SeedIndicator, note: string): SeedIndicator {
  return { ...indicator, note };
}

/** A project of the 13表: total and 政府预算资金 published, the two other columns blank. */
function project(
  code: string,
  name: string,
  type: 'operating' | 'specific',
  amount: string,
  indicators: SeedIndicator[],
  note?: string,
): SeedProject {
  return {
    code,
    name,
    year: YEAR,
    unitCode: UNIT_CODE,
    departmentCode: DEPARTMENT_CODE,
    type,
    amountTotal: amount,
    amountFiscal: amount,
    amountSpecial: '',
    amountOther: '',
    goals: [],
    indicators,
    ...(note === undefined ? {} : { note }),
  };
}

const NO_COMPARATOR = 'Cost target published without a comparator (no "≤").';

export const SEED_004: SeedDocument = {
  source: '004_97ef04ed69913756.txt',
  region: '洛阳市西工区',
  department: '洛阳市西工区西工街道办事处',
  unit: '洛阳市西工区西工街道办事处',
  year: YEAR,
  departmentCode: DEPARTMENT_CODE,
  unitCode: UNIT_CODE,
  note:
    'The department has one budget unit (151001, same name). 项目支出 771.08 = 其他运转类 756.86 + ' +
    '特定目标类 14.22; funded by 一般公共预算 758.06 + 结转 10.02 (一般公共预算) + 3.00 (政府性基金), ' +
    'a split the 13表 does not show per project.',
  projects: [
    project('410303220000000006776', '服务群众专项经费-公务用车运行维护费', 'operating', '2.40', [
      cost('每辆公车成本费用', '≤1.2万元'),
      cost('总成本', '≤2.4万元'),
      output('公车数量', '2辆', '数量指标'),
      noted(
        output('保证公车正常运转', '≥90%'),
        'Printed on one line after 总成本; 8 characters without a wrap, read as an 产出 name.',
      ),
      output('公车故障维修及时率', '≥90%', '时效指标'),
      effect('日常确保公车运行', '长期保障'),
      noted(
        effect('公车出行安全率', '100%'),
        'Name wraps as "公车出行安全" + "率" (6 characters, the 效益 column width); read as 效益, ' +
          'though it could be an 产出 质量 row.',
      ),
      satisfaction('各项运行保障满意度', '≥95%'),
      satisfaction('驾乘人员满意度', '≥98%'),
      satisfaction('领导日常公务出行满意度', '≥98%'),
      satisfaction('受益人群满意度', '≥98%'),
    ]),
    project('410303220000000013451', '服务群众专项经费-党建经费', 'operating', '6.00', [
      cost('党建经费支出', '≤6万元'),
      output('开展党建工作会议', '≥15次', '数量指标'),
      output('党员教育培训完成率', '≥95%'),
      output('资金使用完成时间', '年底之前', '时效指标'),
      noted(
        output('党员学习覆盖人次', '≥2000人次', '数量指标'),
        'Target split as "≥2000人" + "次"; joined as 人次, the unit the name states.',
      ),
      noted(
        output('刊物数量', '≥5种', '数量指标'),
        'A short single-line row after the 产出 rows; column read as 产出.',
      ),
      noted(
        output('刊物阅读率', '≥80%'),
        'A short single-line row after the 产出 rows; column read as 产出 (could be 效益).',
      ),
      effect('提高党员干部政治素质和党的建设', '有所提升'),
      satisfaction('辖区党员满意度', '≥95%'),
      noted(
        satisfaction('辖区党员群众的认可度', '≥98%'),
        'Name wraps as "辖区党员群" + "众的认可度" (5 characters, the 满意度 column width); read as ' +
          '满意度, though 认可度 could be an 效益 row.',
      ),
    ]),
    project('410303220000000013467', '服务群众专项经费-政府购买及岗位', 'operating', '530.00', [
      noted(
        cost('聘用人员每人每年工资', '3.32万元/人'),
        'Target split as "3.32万元/" + "人". Cost target without a comparator (no "≤").',
      ),
      cost('总成本', '≤530万元'),
      output('职工人数', '110人', '数量指标'),
      output('工作考核合格率', '≥95%', '质量指标'),
      output('工资社保发放时间', '每月一次', '时效指标'),
      noted(
        output('考勤率', '≥98%'),
        'A short single-line row after the 产出 rows; column read as 产出.',
      ),
      effect('提高办事处工作效率', '≥98%'),
      effect('提高社会就业率', '有所提高'),
      satisfaction('单位职工满意度', '≥95%'),
      noted(
        satisfaction('取得良好的工作成果，用人单位满意度', '100%'),
        'One cell over four lines ("取得良好的" / "工作成果，用" / "人单位满意" / "度"), wrapped at the ' +
          '满意度 column width, with a single value; kept as one 满意度 name.',
      ),
    ]),
    project('410303220000000013468', '服务群众专项经费-办公设备购置', 'operating', '20.00', [
      cost('办公设备购置总成本', '≤20万元'),
      output('覆盖社区数量', '6个', '数量指标'),
      output('购置质量合格率', '≥95%', '质量指标'),
      output('采购计划完成时间', '≤30天', '时效指标'),
      output('购置设备种类', '≥5种', '数量指标'),
      effect('改善办公环境，提高工作效率', '较大改善'),
      satisfaction('辖区居民满意度', '≥98%'),
      noted(
        satisfaction('职工满意度', '≥98%'),
        'Printed on the line of 购置质量合格率 without a wrap; read as 满意度 by its name.',
      ),
    ]),
    project(
      '410303220000000013469',
      '服务群众专项经费-差旅费',
      'operating',
      '12.00',
      [
        cost('每年信访值班差旅费', '≤12万元'),
        output('信访人数', '≤30人', '数量指标'),
        output('信访劝返率', '≥98%'),
        output('项目完成时间', '年底之前', '时效指标'),
        output('出差人数', '≤10人', '数量指标'),
        effect('促进社会稳定', '有所促进'),
        noted(effect('降低上访率', '有所减低'), 'Published "有所减低" (降低 presumably meant).'),
        satisfaction('上访人满意度', '≥98%'),
        satisfaction('信访人满意度', '100%'),
      ],
      'Name printed as "服务群众专" / "项经费-差旅" with the last character "费" after a page ' +
        'break; joined as 服务群众专项经费-差旅费, the name in the 11表.',
    ),
    project('410303220000000016002', '服务群众专项经费', 'operating', '178.46', [
      cost('每月办公费、印刷费支出', '≤5万元'),
      cost('每月劳务费支出', '≤15万元'),
      noted(cost('总成本', '≤178.46万元'), 'Target split as "≤178.46万" + "元".'),
      output('办公用品采购种类', '≥10种', '数量指标'),
      output('采购用品合格率', '≥95%', '质量指标'),
      noted(output('采购频率', '每季度一次'), 'Target split as "每季度一" + "次".'),
      effect(
        '项目完成后，将达到打通群众最后一公里，提升居民群众安全感、获得感、幸福感',
        '较大提高',
      ),
      satisfaction('辖区居民群众的认同感', '≥98%'),
    ]),
    project('410303230000000011914', '服务群众专项经费-武装经费', 'operating', '3.00', [
      cost('项目总成本', '≤3万元'),
      noted(cost('征兵宣传、民兵培训', '1万元'), NO_COMPARATOR),
      noted(cost('物资储备', '2万元'), NO_COMPARATOR),
      output('民兵训练次数', '≥3次', '数量指标'),
      output('物资储备种类', '≥4种', '数量指标'),
      output('物资合格率', '≥90%', '质量指标'),
      output('保证项目按时完成', '年底之前', '时效指标'),
      effect('保障武装工作有序进行', '有力保障'),
      satisfaction('辖区群众满意度', '≥98%'),
    ]),
    project('410303230000000011923', '服务群众专项经费-纪检监察工作专项经费', 'operating', '5.00', [
      cost('项目总成本', '≤5万元'),
      output('覆盖社区数量', '6个', '数量指标'),
      output('宣传活动次数', '≥4次', '数量指标'),
      output('宣传活动覆盖率', '≥90%'),
      effect('提升纪检监察工作规范化', '有效提升'),
      satisfaction('纪检工作人员满意度', '≥95%'),
    ]),
    project('410303230000000012017', '文化站免费开放专项资金-区级配套', 'specific', '1.20', [
      cost('项目总成本', '≤1.2万元'),
      output('文化宣传活动', '≥2次', '数量指标'),
      output('免费开放率', '100%'),
      output('文化站运行时间', '≤1年'),
      output('接待群众数量', '≥2000人', '数量指标'),
      effect('丰富群众文化生活，提升公共文化水平', '有所提升'),
      satisfaction('辖区居民满意度', '≥98%'),
    ]),
    project('410303230000000018713', '2022年基层党建以奖代补资金（第一批）', 'specific', '3.00', [
      cost('总成本', '≤3万元'),
      output('社区数量', '2个', '数量指标'),
      output('资金足额拨付率', '100%'),
      output('项目完成时间', '年底之前', '时效指标'),
      effect('提升辖区基层党组织阵地建设', '明显提升'),
      satisfaction('辖区党员满意度', '≥98%'),
    ]),
    project(
      '410303230000000018714',
      '2022年公共图书馆 文化馆（站） 免费开放补助资金',
      'specific',
      '3.00',
      [
        cost('总成本', '≤3万元'),
        output('文化活动次数', '≥3次', '数量指标'),
        output('购买物品合格率', '≥96%', '质量指标'),
        output('项目完成时间', '年底之前', '时效指标'),
        effect('提高辖区居民文化素养', '有效提高'),
        satisfaction('辖区居民群众满意度', '≥98%'),
      ],
      'The name carries two spaces inside printed lines ("图书馆 文化", "馆（站） 免"); kept as ' +
        'published. The 11表 breaks its line at the first space, so it shows only the second.',
    ),
    project(
      '410303230000000018716',
      '2022年中央支持地方公共文化服务体系建设补助资金',
      'specific',
      '0.02',
      [
        cost('项目总成本', '≤0.02万元'),
        output('办公用品种类', '≥3种', '数量指标'),
        output('办公用品合格率', '100%', '质量指标'),
        output('完成时间', '年底之前', '时效指标'),
        effect('保证文化活动室工作正常运转', '有力保障'),
        satisfaction('辖区居民满意度', '≥98%'),
      ],
    ),
    project(
      '410303230000000018719',
      '提前下达2022年优抚对象医疗保障经费',
      'specific',
      '4.00',
      [],
      'Published with code, name and amounts only: no indicator row at all (the table ends here).',
    ),
    project(
      '410303230000000018720',
      '医疗服务与保障能力提升补助资金',
      'specific',
      '3.00',
      [],
      'Published with code, name and amounts only: no indicator row at all (the table ends here).',
    ),
  ],
  unitTargets: [
    {
      orgCode: DEPARTMENT_CODE,
      orgName: '洛阳市西工区西工街道办事处',
      year: YEAR,
      goals: [
        '认真贯彻党的路线、方针、政策和国家的法律法规；执行上级党委、政府的决议、决定、命令；研究决定加强党的建设、推进区域发展、组织公共服务、实施综合管理、指导基层自治、维护安全稳定、动员社会参与等方面的重大问题；抓好决策部署的组织实施和督促落实。落实党建工作责任制，做好纪检监察、组织、宣传、统战、政法工作，做好工会、共青团、妇联等群团工作。加强党的基层组织建设，充分发挥街道、社区党组织的领导核心作用和党员先锋模范作用，做好辖区各类社会组织的党建工作和发展党员工作；加强党员队伍建设，抓好党员教育工作。负责辖区内民族宗教、民政、退役军人、人力资源、社会保障、财政、教育、科技、文化旅游、体育、卫生健康、扶贫开发、人民武装等行政工作，促进社会事业发展。承担辖区平安建设、社会治安综合治理、公共安全、司法行政等有关工作。贯彻落实国家生态环境法律、法规、政策；负责街道行政区域内的生态环境保护相关工作。贯彻落实国家应急和安全生产法律、法规、政策；做好人大、政协相关工作。',
      ],
      tasks: [
        {
          name: '文化卫生健康服务',
          content: '负责辖区内国家基本公共卫生项目实施和健康网络体系建设，提升居民文化素养水平',
        },
        {
          name: '党政便民服务',
          content: '负责劳动就业、社会保障、国防教育、帮扶解困、走访慰问等服务性工作',
        },
        {
          name: '社会治安综合治理',
          content: '协调辖区内社会治安综合治理、维护社会稳定、处置非法集资、普法宣传等相关工作',
        },
        {
          name: '社区建设服务',
          content: '负责辖区内社区建设与管理，推进居民自治，协助指导和推进家庭教育服务',
        },
        {
          name: '产业发展服务',
          content: '统筹辖区内经济发展项目建设，优化营商环境，建立布局和谐的产业支撑体系',
        },
        {
          name: '综合执法',
          content:
            '承担辖区综合执法工作，统一指挥协调辖区派驻和基层执法力量实行联合行政执法平台，网格化执法管理模式和联合执法的运行模式。',
        },
      ],
      budget: {
        total: '1909.07',
        fiscal: '1909.07',
        special: '',
        other: '',
        basic: '1137.99',
        project: '771.08',
      },
      note:
        'A 区级部门 table (部门名称 洛阳市西工区西工街道办事处), so orgCode is the department code ' +
        '151; its only budget unit is 151001. Tasks are published without amounts. 年度履职目标 is ' +
        'one cell (kept as one goal). 政府预算资金 1909.07 includes 上年结转 13.02.',
      indicators: [
        {
          level1: '投入管理指标',
          level2: '工作目标管理',
          name: '年度履职目标相关性',
          target: '相关',
          description:
            '1.年度履职目标是否符合国家、省委省政府战略部署和发展规划，与国家、省宏观政策、行业政策一致；2.年度履职目标是否与部门职责、工作规划和重点工作相关；3.确定的预算项目是否合理，是否与工作目标密切相关；4.工作任务和项目预算安排是否合理。',
        },
        {
          level1: '投入管理指标',
          level2: '工作目标管理',
          name: '工作任务科学性',
          target: '科学',
          description:
            '1.工作任务是否有明确的绩效目标，绩效目标是否与部门年度履职目标一致，是否能体现工作任务的产出和效果；2.工作任务对应的预算项目是否有明确的绩效目标，绩效目标是否与部门职责目标、工作任务目标一致，是否能体现预算项目的产出和效果',
        },
        {
          level1: '投入管理指标',
          level2: '工作目标管理',
          name: '绩效指标合理性',
          target: '合理',
          description:
            '1.工作任务、预算项目绩效指标设置是否准确反映部门绩效完成情况；2.工作任务、预算项目绩效指标是否清晰、细化、可评价、可衡量；3.工作任务、预算项目绩效指标的评价标准是否清晰、可衡量；4.是否与部门年度的任务数或计划数相对应。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '预算编制完整性',
          target: '完整',
          description:
            '1.部门所有收入是否全部纳入部门预算；2.部门支出预算是否统筹各类资金来源，全部纳入部门预算管理。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '专项资金细化率',
          target: '≥95%',
          description:
            '专项资金细化率=（已细化到具体市县和承担单位的资金数/部门参与分配资金总数）×100%。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '预算执行率',
          target: '≥90%',
          description:
            '预算执行率=（预算完成数/预算数）×100%。预算完成数指部门实际执行的预算数；预算数指财政部门批复的本年度部门的（调整）预算数。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '预算调整率',
          target: '≤20%',
          description:
            '预算调整率=（预算调整数-年初预算数）/年初预算数×100%。预算调整数：部门在本年度内涉及预算的追加、追减或结构调整的资金总和（因落实国家政策、发生不可抗力、上级部门或本级党委政府临时交办而产生的调整除外）。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '结转结余率',
          target: '≤15%',
          description:
            '结转结余率=结转结余总额/预算数*100%。结转结余总额是指部门本年度的结转结余资金之和。预算数是指财政部门批复的本年度部门的（调整）预算数。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '“三公经费”控制率',
          target: '≤90%',
          description: '“三公经费”控制率=本年度“三公经费”实际支出数/“三公经费”预算数*100%',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '政府采购执行率',
          target: '≥90%',
          description:
            '政府采购执行率=（实际政府采购金额/政府采购预算数）×100%。政府采购预算：采购机关根据事业发展计划和行政任务编制的、并经过规定程序批准的年度政府采购计划。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '决算真实性',
          target: '真实',
          description:
            '反映本部门决算工作情况。决算编制数据是否账表一致，即决算报表数据与会计账簿数据是否一致。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '资金使用合规性',
          target: '合规',
          description:
            '部门（单位）是否按照相关法律法规以及资金管理办法规定的用途使用预算资金，用以反映和考核部门(单位）预算资金的规范运行情况。1.是否符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定；2.资金的拨付是否有完整的审批程序和手续；3.项目的重大开支是否经过评估论证；4.是否符合部门预算批复的用途；5.是否存在截留支出情况；6.是否存在挤占支出情况；7.是否存在挪用支出情况；8.是否存在虚列支出情况。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '管理制度健全性',
          target: '健全',
          description:
            '部门（单位）为加强预算管理，规范财务行为而制定的管理制度是否健全完整，用以反映和考核部门（单位）预算管理制度为完成主要职责或促成事业发展的保障情况。1.是否已制定或具有预算资金管理办法、内部管理制度、会计核算制度、会计岗位制度等管理制度；2.相关管理制度是否得到有效执行。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '预决算信息公开性',
          target: '公开',
          description:
            '部门（单位）是否按照政府信息公开有关规定公开部门预算、执行、决算、监督、绩效等相关预决算信息，用以反映和考核部门（单位）预决算管理的公开透明情况。1.是否按规定内容公开预决算信息；2.是否按规定时限公开预决算信息。',
        },
        {
          level1: '投入管理指标',
          level2: '预算和财务管理',
          name: '资产管理规范性',
          target: '规范',
          description:
            '部门（单位）的资产配置、使用是否合规，处置是否规范，收入是否及时足额上缴，用以反映和考核部门（单位）资产管理的规范程度。1.资产是否及时规范入账，资产报表数据与会计账簿数据是否相符，资产实物与财务账、资产账是否相符；2.新增资产是否符合规定程序和规定标准，新增资产是否考虑闲置存量资产；3.资产对外有偿使用（出租出借等）、对外投资、担保、资产处置等事项是否按规定报批；4.资产收益是否及时足额上交财政。',
        },
        {
          level1: '投入管理指标',
          level2: '绩效管理',
          name: '绩效目标编制完成率',
          target: '100%',
          description:
            '部门（单位）按要求编制绩效目标的项目数量占应编制绩效目标项目总数的比重。部门目标编制完成率=已完成绩效目标编制项目数量/部门应编制绩效目标项目总数*100%',
        },
        {
          level1: '投入管理指标',
          level2: '绩效管理',
          name: '绩效监控完成率',
          target: '100%',
          description:
            '部门（单位）按要求实施绩效监控的项目数量占应实施绩效监控项目总数的比重。部门绩效监控完成率=已完成绩效监控项目数量/部门项目总数*100%',
        },
        {
          level1: '投入管理指标',
          level2: '绩效管理',
          name: '绩效自评完成率',
          target: '100%',
          description:
            '部门（单位）按要求实施绩效自评的项目数量占应实施绩效自评项目总数的比重。部门绩效自评完成率=已完成评价项目数量/部门项目总数*100%',
        },
        {
          level1: '投入管理指标',
          level2: '绩效管理',
          name: '部门绩效评价完成率',
          target: '100%',
          description:
            '部门重点绩效评价项目评价完成情况。部门绩效评价完成率=已完成评价项目数量/部门重点绩效评价项目数*100%',
        },
        {
          level1: '投入管理指标',
          level2: '绩效管理',
          name: '评价结果应用率',
          target: '100%',
          description:
            '绩效监控、单位自评、部门绩效评价、财政重点绩效评价结果应用情况。评价结果应用率=评价提出的意见建议采纳数/提出的意见建议总数*100%',
        },
        {
          level1: '产出指标',
          level2: '重点工作任务完成',
          name: '办公设备购置合格率',
          target: '≥98%',
        },
        { level1: '产出指标', level2: '重点工作任务完成', name: '公车安全保障率', target: '100%' },
        {
          level1: '产出指标',
          level2: '重点工作任务完成',
          name: '文化活动群众参与率',
          target: '≥90%',
        },
        {
          level1: '产出指标',
          level2: '重点工作任务完成',
          name: '信访劝返率',
          target: '较大提高',
          note: 'A rate with a qualitative target; kept as published.',
        },
        {
          level1: '产出指标',
          level2: '重点工作任务完成',
          name: '辖区环境提升',
          target: '较大提升',
        },
        {
          level1: '产出指标',
          level2: '履职目标实现',
          name: '保障办事处及各社区工作正常运转，保障民生工程顺利进行',
          target: '有力保障',
        },
        {
          level1: '效益指标',
          level2: '履职效益',
          name: '满足社区居民生活需求，提高居民生活质量，精心打造特色社区，增强居民的认同感和归属感。',
          target: '较大提高',
        },
        {
          level1: '满意度',
          level2: '',
          name: '辖区居民满意度',
          target: '≥98%',
          note:
            'Printed "满意度 辖区居民满意度 ≥98%": one label before the 三级 name, probably a cell ' +
            'spanning the 一级 and 二级 columns; kept as 一级 with an empty 二级.',
        },
      ],
    },
  ],
};
