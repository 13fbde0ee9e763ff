/**
 * Every distinct 指标值 (target) and 实际完成值 (actual) of the five seed publications, with the
 * parse a reader expects. Collected by reading the tables (shared/seeds/):
 *   000 洛龙区 2020 部门预算 — its 绩效目标表 are "附电子版", so it contributes no value;
 *   001 洛龙区 2021 — 部门整体绩效目标申报表 (2021 form) and 项目绩效目标表 (lines 444–546);
 *   002 西工区 2023 决算 — 部门整体自评表 and nine 项目单位自评表 (lines 1012–2335), targets and actuals;
 *   003 南大港 2020 — five 项目绩效目标表 (lines 115–560);
 *   004 西工街道 2023 — 部门整体绩效目标表 and 项目绩效目标表 (lines 1185–1940).
 * PDF line breaks are joined as a reader would (`≥2000人` + `次` → `≥2000人次`, `3.32万元/` + `人`,
 * `≤178.46万` + `元`, `每季度一` + `次`). `seeds` names every seed the value appears in.
 */
import type { Comparator, QualitativeSubtype } from '../../../shared/scoring';

export type ExpectedParse =
  | {
      kind: 'quantitative';
      comparator: Comparator;
      value: string;
      upper?: string;
      unit: string;
      direction: 'positive' | 'negative';
    }
  | { kind: 'qualitative'; subtype: QualitativeSubtype }
  | { kind: 'unparsed' };

export interface SeedValue {
  value: string;
  seeds: string[];
  /** Where it appears: 年度指标值 or 实际完成值. */
  roles: ('target' | 'actual')[];
  expect: ExpectedParse;
}

const ge = (value: string, unit = ''): ExpectedParse => ({
  kind: 'quantitative',
  comparator: '>=',
  value,
  unit,
  direction: 'positive',
});
const le = (value: string, unit = ''): ExpectedParse => ({
  kind: 'quantitative',
  comparator: '<=',
  value,
  unit,
  direction: 'negative',
});
const eq = (value: string, unit = ''): ExpectedParse => ({
  kind: 'quantitative',
  comparator: '=',
  value,
  unit,
  direction: 'positive',
});
const plain = (value: string, unit = ''): ExpectedParse => ({
  kind: 'quantitative',
  comparator: 'none',
  value,
  unit,
  direction: 'positive',
});
const range = (value: string, upper: string, unit = ''): ExpectedParse => ({
  kind: 'quantitative',
  comparator: 'range',
  value,
  upper,
  unit,
  direction: 'positive',
});
const gt = (value: string, unit = ''): ExpectedParse => ({
  kind: 'quantitative',
  comparator: '>',
  value,
  unit,
  direction: 'positive',
});
const lt = (value: string, unit = ''): ExpectedParse => ({
  kind: 'quantitative',
  comparator: '<',
  value,
  unit,
  direction: 'negative',
});
const judgement: ExpectedParse = { kind: 'qualitative', subtype: 'judgement' };
const deadline: ExpectedParse = { kind: 'qualitative', subtype: 'deadline' };
const frequency: ExpectedParse = { kind: 'qualitative', subtype: 'frequency' };
const unparsed: ExpectedParse = { kind: 'unparsed' };

const T = ['target'] as ('target' | 'actual')[];
const A = ['actual'] as ('target' | 'actual')[];
const TA = ['target', 'actual'] as ('target' | 'actual')[];

export const SEED_VALUES: readonly SeedValue[] = [
  // --- 001 部门整体绩效目标申报表 (2021 form) -----------------------------------------------
  { value: '充分性', seeds: ['001'], roles: T, expect: judgement },
  { value: '合理性', seeds: ['001'], roles: T, expect: judgement },
  { value: '有限性', seeds: ['001'], roles: T, expect: judgement },
  { value: '100%', seeds: ['001', '002', '004'], roles: TA, expect: plain('100', '%') },
  { value: '90%', seeds: ['001'], roles: T, expect: plain('90', '%') },
  { value: '完整', seeds: ['001', '002', '004'], roles: T, expect: judgement },
  { value: '≤10%', seeds: ['001'], roles: T, expect: le('10', '%') },
  { value: '质量符合相关要求', seeds: ['001'], roles: T, expect: judgement },
  { value: '≥90%', seeds: ['001', '002', '004'], roles: T, expect: ge('90', '%') },
  { value: '规范性', seeds: ['001'], roles: T, expect: judgement },
  { value: '制度健全', seeds: ['001'], roles: T, expect: judgement },
  { value: '≥95%', seeds: ['001', '002', '003', '004'], roles: T, expect: ge('95', '%') },
  { value: '有效性', seeds: ['001'], roles: T, expect: judgement },
  { value: '≥80%', seeds: ['001', '003', '004'], roles: T, expect: ge('80', '%') },
  { value: '显著', seeds: ['001'], roles: T, expect: judgement },
  { value: '≤0', seeds: ['001'], roles: T, expect: le('0') },
  { value: '≥99%', seeds: ['001'], roles: T, expect: ge('99', '%') },
  { value: '≥98%', seeds: ['001', '002', '004'], roles: T, expect: ge('98', '%') },
  // 可持续性 rows (重要改革事项1 …) leave 指标值 blank.
  { value: '', seeds: ['001'], roles: T, expect: unparsed },

  // --- 001 项目绩效目标表 -----------------------------------------------------------------
  { value: '25个', seeds: ['001'], roles: T, expect: plain('25', '个') },
  { value: '明显', seeds: ['001'], roles: T, expect: judgement },
  {
    value: '社区工作人员能力显著提升,服务群众能力增强。',
    seeds: ['001'],
    roles: T,
    expect: judgement,
  },
  { value: '改善明显', seeds: ['001'], roles: T, expect: judgement },
  { value: '23.7173万', seeds: ['001'], roles: T, expect: plain('23.7173', '万') },
  { value: '改善', seeds: ['001'], roles: T, expect: judgement },
  { value: '及时落实,按季到位', seeds: ['001'], roles: T, expect: frequency },
  { value: '120', seeds: ['001'], roles: T, expect: plain('120') },
  { value: '是', seeds: ['001'], roles: T, expect: judgement },
  { value: '2021年3月底前', seeds: ['001'], roles: T, expect: deadline },
  { value: '1080', seeds: ['001'], roles: T, expect: plain('1080') },
  { value: '显著提升', seeds: ['001'], roles: T, expect: judgement },
  { value: '6个', seeds: ['001', '004'], roles: T, expect: plain('6', '个') },
  { value: '90%以上', seeds: ['001'], roles: T, expect: ge('90', '%') },
  {
    value: '社区工作人员能力显著提升，服务群众能力增强。',
    seeds: ['001'],
    roles: T,
    expect: judgement,
  },
  { value: '提高', seeds: ['001'], roles: T, expect: judgement },
  { value: '及时', seeds: ['001'], roles: T, expect: judgement },
  { value: '3', seeds: ['001'], roles: T, expect: plain('3') },
  { value: '提高机关工资效率', seeds: ['001'], roles: T, expect: judgement },
  { value: '各项工作保质保量完成', seeds: ['001'], roles: T, expect: judgement },
  { value: '12月31日前', seeds: ['001'], roles: T, expect: deadline },

  // --- 002 部门整体自评表 ------------------------------------------------------------------
  { value: '相关', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '科学', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '合理', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '≥96%', seeds: ['002', '004'], roles: T, expect: ge('96', '%') },
  { value: '≤15%', seeds: ['002', '004'], roles: T, expect: le('15', '%') },
  { value: '13%', seeds: ['002'], roles: A, expect: plain('13', '%') },
  { value: '≤12%', seeds: ['002'], roles: T, expect: le('12', '%') },
  { value: '12%', seeds: ['002'], roles: A, expect: plain('12', '%') },
  { value: '≤100%', seeds: ['002'], roles: T, expect: le('100', '%') },
  { value: '真实', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '合规', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '健全', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '公开', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '规范', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '有效指导', seeds: ['002'], roles: T, expect: judgement },
  { value: '有效提高', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '有效提升', seeds: ['002', '004'], roles: T, expect: judgement },
  { value: '圆满完成', seeds: ['002'], roles: T, expect: judgement },
  { value: '≤98%', seeds: ['002'], roles: T, expect: le('98', '%') },
  { value: '98%', seeds: ['002'], roles: A, expect: plain('98', '%') },

  // --- 002 项目单位自评表 ------------------------------------------------------------------
  { value: '≤3.33 万元', seeds: ['002'], roles: T, expect: le('3.33', '万元') },
  { value: '1.64 万元', seeds: ['002'], roles: A, expect: plain('1.64', '万元') },
  { value: '16 人', seeds: ['002'], roles: TA, expect: plain('16', '人') },
  { value: '每月一次', seeds: ['002', '004'], roles: T, expect: frequency },
  { value: '有效保障', seeds: ['002'], roles: T, expect: judgement },
  { value: '有效确保', seeds: ['002'], roles: T, expect: judgement },
  { value: '≤4万元', seeds: ['002'], roles: T, expect: le('4', '万元') },
  { value: '0万元', seeds: ['002'], roles: A, expect: plain('0', '万元') },
  { value: '≥15种', seeds: ['002'], roles: T, expect: ge('15', '种') },
  { value: '0种', seeds: ['002'], roles: A, expect: plain('0', '种') },
  { value: '≤0.27 万元', seeds: ['002'], roles: T, expect: le('0.27', '万元') },
  { value: '0.21 万元', seeds: ['002'], roles: A, expect: plain('0.21', '万元') },
  { value: '≤9.9 万元', seeds: ['002'], roles: T, expect: le('9.9', '万元') },
  { value: '9.25 万元', seeds: ['002'], roles: A, expect: plain('9.25', '万元') },
  { value: '≤10.5 万元', seeds: ['002'], roles: T, expect: le('10.5', '万元') },
  { value: '3名', seeds: ['002'], roles: TA, expect: plain('3', '名') },
  { value: '2022 年 1 月-2022 年 12 月', seeds: ['002'], roles: T, expect: deadline },
  { value: '有效完成', seeds: ['002'], roles: T, expect: judgement },
  { value: '≤24 万元', seeds: ['002'], roles: T, expect: le('24', '万元') },
  { value: '20.6 万元', seeds: ['002'], roles: A, expect: plain('20.6', '万元') },
  { value: '4-6 个', seeds: ['002'], roles: T, expect: range('4', '6', '个') },
  { value: '5 个', seeds: ['002'], roles: A, expect: plain('5', '个') },
  { value: '按时合同约定完成', seeds: ['002'], roles: T, expect: deadline },
  { value: '≥13.01 万元', seeds: ['002'], roles: T, expect: ge('13.01', '万元') },
  { value: '≥5万元', seeds: ['002'], roles: T, expect: ge('5', '万元') },
  { value: '5万元', seeds: ['002'], roles: A, expect: plain('5', '万元') },
  { value: '降低成本', seeds: ['002'], roles: T, expect: judgement },
  { value: '尽快完工', seeds: ['002'], roles: T, expect: judgement },
  { value: '200 万元', seeds: ['002'], roles: T, expect: plain('200', '万元') },
  { value: '0%', seeds: ['002'], roles: A, expect: plain('0', '%') },
  { value: '精准规划', seeds: ['002'], roles: T, expect: judgement },
  { value: '高标准施工', seeds: ['002'], roles: T, expect: judgement },
  { value: '≤0.5 万元', seeds: ['002'], roles: T, expect: le('0.5', '万元') },
  { value: '0.14 万元', seeds: ['002'], roles: A, expect: plain('0.14', '万元') },
  { value: '5人', seeds: ['002'], roles: TA, expect: plain('5', '人') },
  { value: '每周一次', seeds: ['002'], roles: T, expect: frequency },
  { value: '有效节约', seeds: ['002'], roles: T, expect: judgement },
  { value: '1896 万元', seeds: ['002'], roles: T, expect: plain('1896', '万元') },

  // --- 003 项目绩效目标表 -----------------------------------------------------------------
  { value: '所有符合计生后遗症认定条件的人员', seeds: ['003'], roles: T, expect: judgement },
  { value: '=100%', seeds: ['003'], roles: T, expect: eq('100', '%') },
  { value: '11万元', seeds: ['003'], roles: T, expect: plain('11', '万元') },
  { value: '解决实际困难', seeds: ['003'], roles: T, expect: judgement },
  { value: '≥2次', seeds: ['003', '004'], roles: T, expect: ge('2', '次') },
  { value: '1万元', seeds: ['003', '004'], roles: T, expect: plain('1', '万元') },
  { value: '能对环境保护起到监督和引导的作用', seeds: ['003'], roles: T, expect: judgement },
  { value: '≥30人', seeds: ['003'], roles: T, expect: ge('30', '人') },
  { value: '50.7万元', seeds: ['003'], roles: T, expect: plain('50.7', '万元') },
  { value: '≥95百分比', seeds: ['003'], roles: T, expect: ge('95', '%') },
  { value: '解决退休干部的实际困难', seeds: ['003'], roles: T, expect: judgement },
  { value: '≥80百分比', seeds: ['003'], roles: T, expect: ge('80', '%') },
  { value: '足够覆盖居民小区', seeds: ['003'], roles: T, expect: judgement },
  { value: '267.02万元', seeds: ['003'], roles: T, expect: plain('267.02', '万元') },
  { value: '足够保障居民生命财产安全', seeds: ['003'], roles: T, expect: judgement },
  { value: '4.65万元', seeds: ['003'], roles: T, expect: plain('4.65', '万元') },
  { value: '≥1次', seeds: ['003'], roles: T, expect: ge('1', '次') },
  {
    value: '打造和谐稳定社区氛围，推进高效便民服务。',
    seeds: ['003'],
    roles: T,
    expect: judgement,
  },

  // --- 004 部门整体绩效目标表 (2023 form) ---------------------------------------------------
  { value: '≤20%', seeds: ['004'], roles: T, expect: le('20', '%') },
  { value: '≤90%', seeds: ['004'], roles: T, expect: le('90', '%') },
  { value: '较大提高', seeds: ['004'], roles: T, expect: judgement },
  { value: '较大提升', seeds: ['004'], roles: T, expect: judgement },
  { value: '有力保障', seeds: ['004'], roles: T, expect: judgement },

  // --- 004 项目绩效目标表 -----------------------------------------------------------------
  { value: '≤1.2万元', seeds: ['004'], roles: T, expect: le('1.2', '万元') },
  { value: '2辆', seeds: ['004'], roles: T, expect: plain('2', '辆') },
  { value: '长期保障', seeds: ['004'], roles: T, expect: judgement },
  { value: '≤2.4万元', seeds: ['004'], roles: T, expect: le('2.4', '万元') },
  { value: '≤6万元', seeds: ['004'], roles: T, expect: le('6', '万元') },
  { value: '≥15次', seeds: ['004'], roles: T, expect: ge('15', '次') },
  { value: '有所提升', seeds: ['004'], roles: T, expect: judgement },
  { value: '年底之前', seeds: ['004'], roles: T, expect: deadline },
  { value: '≥2000人次', seeds: ['004'], roles: T, expect: ge('2000', '人次') },
  { value: '≥5种', seeds: ['004'], roles: T, expect: ge('5', '种') },
  { value: '3.32万元/人', seeds: ['004'], roles: T, expect: plain('3.32', '万元/人') },
  { value: '110人', seeds: ['004'], roles: T, expect: plain('110', '人') },
  { value: '≤530万元', seeds: ['004'], roles: T, expect: le('530', '万元') },
  { value: '有所提高', seeds: ['004'], roles: T, expect: judgement },
  { value: '≤20万元', seeds: ['004'], roles: T, expect: le('20', '万元') },
  { value: '较大改善', seeds: ['004'], roles: T, expect: judgement },
  { value: '≤30天', seeds: ['004'], roles: T, expect: le('30', '天') },
  { value: '≤12万元', seeds: ['004'], roles: T, expect: le('12', '万元') },
  { value: '≤30人', seeds: ['004'], roles: T, expect: le('30', '人') },
  { value: '有所促进', seeds: ['004'], roles: T, expect: judgement },
  { value: '有所减低', seeds: ['004'], roles: T, expect: judgement },
  { value: '≤10人', seeds: ['004'], roles: T, expect: le('10', '人') },
  { value: '≤5万元', seeds: ['004'], roles: T, expect: le('5', '万元') },
  { value: '≥10种', seeds: ['004'], roles: T, expect: ge('10', '种') },
  { value: '≤15万元', seeds: ['004'], roles: T, expect: le('15', '万元') },
  { value: '≤178.46万元', seeds: ['004'], roles: T, expect: le('178.46', '万元') },
  { value: '每季度一次', seeds: ['004'], roles: T, expect: frequency },
  { value: '≤3万元', seeds: ['004'], roles: T, expect: le('3', '万元') },
  { value: '≥3次', seeds: ['004'], roles: T, expect: ge('3', '次') },
  { value: '≥4种', seeds: ['004'], roles: T, expect: ge('4', '种') },
  { value: '2万元', seeds: ['004'], roles: T, expect: plain('2', '万元') },
  { value: '≥4次', seeds: ['004'], roles: T, expect: ge('4', '次') },
  { value: '≤1年', seeds: ['004'], roles: T, expect: le('1', '年') },
  { value: '≥2000人', seeds: ['004'], roles: T, expect: ge('2000', '人') },
  { value: '2个', seeds: ['004'], roles: T, expect: plain('2', '个') },
  { value: '明显提升', seeds: ['004'], roles: T, expect: judgement },
  { value: '≤0.02万元', seeds: ['004'], roles: T, expect: le('0.02', '万元') },
  { value: '≥3种', seeds: ['004'], roles: T, expect: ge('3', '种') },
];

/**
 * The awkward forms DOMAIN.md lists and the variants real data shows (full-width forms, spaces,
 * words for comparators), each with the parse it must give.
 */
export const AWKWARD_VALUES: readonly { value: string; expect: ExpectedParse }[] = [
  { value: '≥2000人 次', expect: ge('2000', '人次') },
  { value: '≥ 2000 人 次', expect: ge('2000', '人次') },
  { value: '≤3.33 万元', expect: le('3.33', '万元') },
  { value: '3.32万元/ 人', expect: plain('3.32', '万元/人') },
  { value: '≤178.46万 元', expect: le('178.46', '万元') },
  { value: '每季度一 次', expect: frequency },
  { value: '＞95％', expect: gt('95', '%') },
  { value: '＜5％', expect: lt('5', '%') },
  { value: '≧９０％', expect: ge('90', '%') },
  { value: '≦3.33万元', expect: le('3.33', '万元') },
  { value: '>=95%', expect: ge('95', '%') },
  { value: '<=10%', expect: le('10', '%') },
  { value: '９５．５％', expect: plain('95.5', '%') },
  { value: '1，080人', expect: plain('1080', '人') },
  { value: '1,080人', expect: plain('1080', '人') },
  { value: '４～６个', expect: range('4', '6', '个') },
  { value: '4～6个', expect: range('4', '6', '个') },
  { value: '4个-6个', expect: range('4', '6', '个') },
  { value: '4至6个', expect: range('4', '6', '个') },
  { value: '95%以上', expect: ge('95', '%') },
  { value: '95%及以上', expect: ge('95', '%') },
  { value: '5%以下', expect: le('5', '%') },
  { value: '30天以内', expect: le('30', '天') },
  { value: '不低于90%', expect: ge('90', '%') },
  { value: '不少于3次', expect: ge('3', '次') },
  { value: '不高于5%', expect: le('5', '%') },
  { value: '不超过5万元', expect: le('5', '万元') },
  { value: '大于0', expect: gt('0') },
  { value: '小于5%', expect: lt('5', '%') },
  { value: '达到100%', expect: ge('100', '%') },
  { value: '−5%', expect: plain('-5', '%') },
  { value: '≤-5%', expect: le('-5', '%') },
  { value: '100.00%', expect: plain('100', '%') },
  { value: '  16 人  ', expect: plain('16', '人') },
  { value: '3000元', expect: plain('3000', '元') },
  { value: '50万人次', expect: plain('50', '万人次') },
  { value: '≥95％以上', expect: ge('95', '%') },
  { value: '≥95%以下', expect: unparsed },
  { value: '≥', expect: unparsed },
  { value: '-', expect: unparsed },
  { value: '——', expect: unparsed },
  { value: '   ', expect: unparsed },
  { value: '3个降低成本', expect: unparsed },
  { value: '2021年', expect: deadline },
  { value: '2023年12月', expect: deadline },
  { value: '12月', expect: deadline },
  { value: '每年一次', expect: frequency },
  { value: '按月拨付', expect: frequency },
  { value: '2次/年', expect: plain('2', '次/年') },
];
