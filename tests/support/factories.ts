import { Api } from './app';

export const TRAINING_ROWS = [
  {
    level1: '成本指标',
    level2: '经济成本指标',
    name: '培训总成本',
    target: '≤3.33万元',
    weight: '10',
  },
  { level1: '产出指标', level2: '数量指标', name: '培训人次', target: '≥200人次', weight: '20' },
  { level1: '产出指标', level2: '质量指标', name: '培训合格率', target: '≥95%', weight: '10' },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '社区治理能力',
    target: '显著提升',
    weight: '20',
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '参训人员满意度',
    target: '≥95%',
    weight: '10',
  },
];

/** A project of the `unit` account (of `year`) with its targets approved by `dept` and `finance`. */
export async function approvedTarget(
  roles: { unit: Api; dept: Api; finance: Api },
  code: string,
  rows = TRAINING_ROWS,
  year = 2026,
): Promise<number> {
  const { unit, dept, finance } = roles;
  const project = await unit.post<{ id: number }>('/api/projects', {
    year,
    code,
    name: `社区工作者培训（${code}）`,
    type: 'specific',
    amountTotal: '10',
    amountFiscal: '10',
    amountSpecial: '0',
    amountOther: '0',
    spendPlan: { q1: '10', q2: '50', q3: '80', q4: '100' },
  });
  if (project.status !== 201) throw new Error(`project ${code}: ${JSON.stringify(project.body)}`);
  const target = await unit.post<{ id: number }>('/api/targets', {
    projectId: project.body.id,
    goals: ['完成全年社区工作者培训'],
    indicators: rows,
  });
  await unit.post(`/api/targets/${target.body.id}/submit`, {});
  await dept.post(`/api/targets/${target.body.id}/approve`, {});
  const approved = await finance.post<{ status: string }>(
    `/api/targets/${target.body.id}/approve`,
    {},
  );
  if (approved.body.status !== 'approved') throw new Error(`target ${code} not approved`);
  return target.body.id;
}
