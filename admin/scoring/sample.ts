import type { ScoringState } from './sheetState';
import { emptyScoringRow } from './sheetState';

const row = (
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: string,
  score = '',
) => ({ ...emptyScoringRow(level1, level2), name, target, actual, weight, score });

/**
 * 载入示例: one published 项目单位自评表 of seed 002 (洛阳市西工区社区治理和服务创新办公室, 2023,
 * 社区治理和服务创新资金(含物业管理工作)), with its published 得分 and total. Copied here because
 * the console must not import tests/fixtures.
 */
export const SAMPLE_TITLE = '社区治理和服务创新资金(含物业管理工作)（2023 年度，种子文件 002）';

export const SAMPLE_STATE: ScoringState = {
  kind: 'project',
  template: 'henan-project-2023',
  budget: { initial: '3.2', adjusted: '3.2', executed: '1.64', weight: '10' },
  fundManagement: [
    {
      item: '安排科学性',
      weight: '5',
      score: '5',
      note: '按照部门预算的资金管理办法的要求，进行项目论证、评审、立项等必要程序。',
    },
    {
      item: '拨付合规性',
      weight: '5',
      score: '5',
      note: '严格按照国库集中支付制度有关规定支付资金，从未出现违规奖资金从国库转入财政专户或支付到预算单位实有资金账户等问题。',
    },
    {
      item: '使用规范性',
      weight: '5',
      score: '5',
      note: '严格按照下达预算的科目和项目执行，未出现截留、挤占、挪用和擅自调整等问题',
    },
    {
      item: '预算绩效管理情况',
      weight: '5',
      score: '5',
      note: '将资金纳入绩效管理，设置绩效目标，开展绩效监控。',
    },
  ],
  indicators: [
    row('成本指标', '经济成本指标', '办公总成本', '≤3.33 万元', '1.64 万元', '10', '10'),
    row('产出指标', '数量指标', '在职办公人员数量', '16 人', '16 人', '10', '10'),
    row('产出指标', '质量指标', '工作运行效率', '≥90%', '100%', '10', '10'),
    row('产出指标', '时效指标', '发放时间', '每月一次', '100%', '10', '10'),
    row('效益指标', '社会效益指标', '确保正常办公', '有效保障', '100%', '15', '15'),
    row('效益指标', '社会效益指标', '合理预算保证单位职能有效发挥', '有效确保', '100%', '10', '10'),
    row('满意度指标', '服务对象满意度指标', '工作人员满意', '≥95%', '100%', '5', '5'),
  ],
  reported: { total: '95.13', grade: '优' },
};
