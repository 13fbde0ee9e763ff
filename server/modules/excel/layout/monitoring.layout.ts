import { runs } from './evaluation.layout';
import { fixed2, Grid, money } from './grid';
import type { MonitoringDoc } from './types';

/** 绩效运行监控表 (seed 002's 事中绩效自主监控), 10 columns A–J. */
export const MONITORING_TITLE = '绩效运行监控表';

export function monitoringGrid(doc: MonitoringDoc): Grid {
  const g = new Grid([9, 10, 17, 12, 12, 12, 18, 10, 18, 9]);
  g.put(1, 1, MONITORING_TITLE, 'title', 1, 10);
  g.height(1, 34);
  g.put(2, 1, `项目编码：${doc.code}`, 'note-left', 2, 4);
  g.put(2, 5, `（${doc.year} 年度，截至 ${doc.month} 月底）`, 'note-center', 2, 7);
  g.put(2, 8, '金额单位：万元', 'note-right', 2, 10);
  g.put(3, 1, '项目名称', 'label');
  g.put(3, 2, doc.title, 'text', 3, 7);
  g.put(3, 8, '审核状态', 'label');
  g.put(3, 9, doc.statusLabel, 'center', 3, 10);
  g.put(4, 1, '主管部门', 'label');
  g.put(4, 2, doc.department, 'text', 4, 5);
  g.put(4, 6, '实施单位', 'label');
  g.put(4, 7, doc.implementer, 'text', 4, 10);
  g.put(5, 1, '预算执行情况', 'label', 6, 1);
  g.put(5, 2, '全年预算数', 'header', 5, 3);
  g.put(5, 4, '截至监控时点执行数', 'header', 5, 5);
  g.put(5, 6, '执行率（%）', 'header');
  g.put(5, 7, '全年预计执行数', 'header', 5, 8);
  g.put(5, 9, '执行进度预警', 'header', 5, 10);
  g.put(6, 2, money(doc.budget), 'number', 6, 3);
  g.put(6, 4, money(doc.executed), 'number', 6, 5);
  g.put(6, 6, fixed2(doc.executionRate), 'number');
  g.put(6, 7, money(doc.expectedExecuted), 'number', 6, 8);
  g.put(6, 9, doc.executionLight, 'center', 6, 10);
  let r = 7;
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '截至监控时点完成值',
    '全年预计完成值',
    '偏差原因',
    '完成目标可能性',
    '纠偏措施',
    '预警',
  ].forEach((h, i) => g.put(r, i + 1, h, 'header'));
  g.height(r, 30);
  r += 1;
  const rows = doc.indicators;
  for (const [a, b] of runs(rows, (x) => x.level1))
    g.put(r + a, 1, rows[a].level1, 'center', r + b, 1);
  for (const [a, b] of runs(rows, (x) => `${x.level1}\u0000${x.level2}`))
    g.put(r + a, 2, rows[a].level2, 'center', r + b, 2);
  for (const row of rows) {
    g.put(r, 3, row.name, 'text');
    g.put(r, 4, row.target, 'center');
    g.put(r, 5, row.progress, 'center');
    g.put(r, 6, row.expected, 'center');
    g.put(r, 7, row.reasons, 'text');
    g.put(r, 8, row.likelihood, 'center');
    g.put(r, 9, row.measures, 'text');
    g.put(r, 10, row.light, 'center');
    r += 1;
  }
  g.put(r, 1, '整体预警', 'label', r, 2);
  g.put(r, 3, doc.overallLight, 'text', r, 10);
  g.row = r + 1;
  return g;
}
