import { scoreSheet } from '../../../shared/scoring';
import { compareResults } from '../../../admin/scoring/compare';
import { SAMPLE_STATE } from '../../../admin/scoring/sample';
import {
  initialState,
  parsePastedRows,
  parseTsv,
  toSheet,
  withTemplate,
} from '../../../admin/scoring/sheetState';

describe('评分试算: the page state as a SCORING.md sheet', () => {
  it('starts with the template’s 执行率 weight and 资金管理情况 items at full marks', () => {
    const state = initialState('project');
    expect(state.template).toBe('henan-project-2023');
    expect(state.budget.weight).toBe('10');
    expect(state.fundManagement.map((f) => `${f.item}:${f.score}`)).toEqual([
      '安排科学性:5',
      '拨付合规性:5',
      '使用规范性:5',
      '预算绩效管理情况:5',
    ]);
    expect(initialState('department').fundManagement).toEqual([]);
  });

  it('sends optional fields only when they say something', () => {
    const sheet = toSheet({
      ...initialState('project'),
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '人数',
          target: '16 人',
          actual: '16 人',
          weight: '30',
          score: '',
          level: '',
          applicable: true,
          reason: ' ',
        },
      ],
    });
    expect(sheet.indicators[0]).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      name: '人数',
      target: '16 人',
      actual: '16 人',
      weight: '30',
    });
    expect(sheet.reported).toBeUndefined();
    expect(sheet.fundManagement).toHaveLength(4);
  });

  it('drops 资金管理情况 for a template without it', () => {
    const state = withTemplate(initialState('project'), 'mof-project-2020');
    expect(toSheet(state).fundManagement).toBeUndefined();
    expect(state.fundManagement).toEqual([]);
  });

  it('reproduces the published total of the bundled seed-002 sample', () => {
    const result = scoreSheet(toSheet(SAMPLE_STATE));
    expect(result.executionRate).toBe('51.25');
    expect(result.executionScore).toBe('5.13');
    expect(result.total).toBe('95.13');
    expect(result.grade).toBe('优');
    expect(result.findings.map((f) => f.code)).not.toContain('TOTAL_MISMATCH');
  });
});

describe('粘贴表格: rows copied from Excel', () => {
  it('splits tabs and lines, and keeps quoted cells with line breaks, tabs and quotes', () => {
    expect(parseTsv('a\tb\r\n"x\ny"\t"say ""hi""\t!"\n')).toEqual([
      ['a', 'b'],
      ['x\ny', 'say "hi"\t!'],
    ]);
    expect(parseTsv('\n\t\n')).toEqual([]);
  });

  it('reads the seed-002 column order when there is no header, pasted 得分 as the score', () => {
    const { rows, header } = parsePastedRows(
      '成本指标\t经济成本指标\t办公总成本\t≤3.33 万元\t1.64 万元\t10\t10\t0.00%\t\n' +
        '\t\t打印费\t≤1万元\t0.5万元\t5\t5\t0.00%\t',
    );
    expect(header).toBe(false);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      level1: '成本指标',
      level2: '经济成本指标',
      name: '打印费',
      target: '≤1万元',
      actual: '0.5万元',
      weight: '5',
      score: '5',
    });
  });

  it('names the columns from a header row and skips lines without an indicator', () => {
    const { rows, skipped, header } = parsePastedRows(
      '三级指标\t分值\t实际完成值\t年度指标值\t一级指标\n' +
        '培训人次\t10\t25人次\t≥20人次\t产出指标\n' +
        '\t\t\t\t\n' +
        '小计\t10\t\t\t',
    );
    expect(header).toBe(true);
    expect(rows.map((r) => [r.name, r.weight, r.actual, r.target, r.level1])).toEqual([
      ['培训人次', '10', '25人次', '≥20人次', '产出指标'],
    ]);
    // The header and the 小计 line.
    expect(skipped).toBe(2);
  });
});

describe('服务器核算 comparison', () => {
  it('agrees with an identical result and lists what differs otherwise', () => {
    const local = scoreSheet(toSheet(SAMPLE_STATE));
    expect(compareResults(local, structuredClone(local)).differences).toEqual([]);
    const server = { ...structuredClone(local), total: '95.12' };
    expect(compareResults(local, server).differences).toEqual(['总分：本地 95.13，服务器 95.12']);
  });
});
