import ExcelJS from 'exceljs';
import {
  formatReasons,
  matchIndicators,
  monitoringGrid,
  monthIn,
  parseLikelihood,
  parseReasons,
  readMonitoring,
} from '../../../server/modules/excel/layout/monitoring.layout';
import { SheetReader } from '../../../server/modules/excel/layout/reader';
import type { ImportProblem, MonitoringDoc } from '../../../server/modules/excel/layout/types';

const EMPTY = { funding: '', institution: '', staffing: '', hardware: '', other: '' };

function doc(over: Partial<MonitoringDoc> = {}): MonitoringDoc {
  return {
    kind: 'project',
    year: 2023,
    month: 6,
    code: 'XGSCB2023-02',
    title: '老旧小区改造办公经费',
    department: '洛阳市西工区人民政府',
    implementer: '洛阳市西工区社区治理和服务创新办公室',
    budget: '4',
    executed: '1.64',
    expectedExecuted: '3.987654',
    executionRate: '41.00',
    executionLight: '红灯（严重滞后）',
    overallLight: '红灯（严重滞后）',
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '办公用品购置种类',
        target: '≥15种',
        progress: '6种',
        expected: '12种',
        reasons: formatReasons({ ...EMPTY, funding: '资金未到位', other: '供应商延期\n第二行' }),
        likelihood: '有可能',
        measures: '催拨资金',
        light: '红灯',
      },
      {
        level1: '产出指标',
        level2: '质量指标',
        name: '验收合格率',
        target: '100%',
        progress: '100%',
        expected: '100%',
        reasons: '',
        likelihood: '确定能',
        measures: '',
        light: '绿灯',
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '居民满意度',
        target: '≥90%',
        progress: '',
        expected: '',
        reasons: '',
        likelihood: '',
        measures: '',
        light: '未评价',
      },
    ],
    statusLabel: '草稿',
    ...over,
  };
}

/** The grid written, saved and opened again, as an upload would be. */
async function sheetOf(
  d: MonitoringDoc,
  edit?: (ws: ExcelJS.Worksheet) => void,
  /** Rows from this one on are written one row lower, leaving a blank row. */
  spacerAt?: number,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('监控');
  const g = monitoringGrid(d);
  if (spacerAt !== undefined) {
    for (const c of g.cells.filter((x) => x.row >= spacerAt)) {
      c.row += 1;
      c.row2 += 1;
    }
    g.row += 1;
  }
  g.writeTo(ws);
  edit?.(ws);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const problems: ImportProblem[] = [];
  return { reader: new SheetReader(back.worksheets[0], problems), problems };
}

describe('绩效运行监控表 read back', () => {
  it('reads what the unit fills in exactly as it was written', async () => {
    const { reader, problems } = await sheetOf(doc());
    const read = readMonitoring(reader, 100);
    expect(problems).toEqual([]);
    expect(read).toMatchObject({
      kind: 'project',
      code: 'XGSCB2023-02',
      year: 2023,
      month: 6,
      executed: '1.64',
      expectedExecuted: '3.987654',
    });
    expect(read?.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '办公用品购置种类',
        target: '≥15种',
        progress: '6种',
        expected: '12种',
        reasons: { ...EMPTY, funding: '资金未到位', other: '供应商延期\n第二行' },
        likelihood: 'possible',
        measures: '催拨资金',
      },
      {
        level1: '产出指标',
        level2: '质量指标',
        name: '验收合格率',
        target: '100%',
        progress: '100%',
        expected: '100%',
        reasons: EMPTY,
        likelihood: 'certain',
        measures: '',
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '居民满意度',
        target: '≥90%',
        progress: '',
        expected: '',
        reasons: EMPTY,
        likelihood: '',
        measures: '',
      },
    ]);
    expect(read?.at).toMatchObject({
      codeRow: 2,
      codeCol: 1,
      budgetRow: 6,
      budgetCols: { executed: 4, expectedExecuted: 7 },
      headerRow: 7,
      indicatorRows: [8, 9, 10],
      indicatorCols: { name: 3, progress: 5, expected: 6, reasons: 7, likelihood: 8, measures: 9 },
    });
  });

  it('prints a unit’s own report under 单位编码 and reads it as one', async () => {
    const { reader, problems } = await sheetOf(
      doc({ kind: 'department', code: '313001', month: 12, expectedExecuted: null }),
    );
    const read = readMonitoring(reader, 100);
    expect(problems).toEqual([]);
    expect(reader.text(2, 1)).toBe('单位编码：313001');
    expect(reader.text(3, 1)).toBe('部门（单位）名称');
    expect(read).toMatchObject({ kind: 'department', code: '313001', month: 12 });
    expect(read?.expectedExecuted).toBeNull();
  });

  it('is tolerant of what a clerk types: 85% turned into a number, 1,234.50 as text, spacer rows', async () => {
    const { reader, problems } = await sheetOf(
      doc(),
      (ws) => {
        ws.getCell(6, 4).value = '1,234.50';
        ws.getCell(6, 7).value = 2345.678901;
        const pct = ws.getCell(9, 5);
        pct.value = 0.855;
        pct.numFmt = '0.0%';
        ws.getCell(9, 6).value = 1;
        ws.getCell(9, 8).value = ' 能 ';
        ws.getCell(11, 7).value = '1. 经费：还没拨付；2、人员保障: 人手不足';
      },
      10, // a blank row between the second and the third indicator
    );
    const read = readMonitoring(reader, 100);
    expect(problems).toEqual([]);
    expect(read?.executed).toBe('1234.5');
    expect(read?.expectedExecuted).toBe('2345.678901');
    expect(read?.at.indicatorRows).toEqual([8, 9, 11]);
    expect(read?.indicators[1]).toMatchObject({
      progress: '85.5%',
      expected: '1',
      likelihood: 'certain',
    });
    expect(read?.indicators[2].reasons).toEqual({
      ...EMPTY,
      funding: '还没拨付',
      staffing: '人手不足',
    });
  });

  it('locates every problem: text in 执行数, an unknown 可能性, a missing name, the month', async () => {
    const { reader, problems } = await sheetOf(doc(), (ws) => {
      ws.getCell(2, 5).value = '（2023 年度，截至 13 月底）';
      ws.getCell(6, 4).value = '一百万';
      ws.getCell(6, 7).value = -1;
      ws.getCell(8, 8).value = '大概吧';
      ws.getCell(9, 3).value = null;
    });
    readMonitoring(reader, 100);
    expect(problems).toEqual([
      {
        sheet: '监控',
        row: 2,
        column: 'E',
        message: '监控月份应为 1–12 月，实际为「（2023 年度，截至 13 月底）」中的 13 月',
      },
      {
        sheet: '监控',
        row: 6,
        column: 'D',
        message: '「截至监控时点执行数」应为数字，实际为「一百万」',
      },
      { sheet: '监控', row: 6, column: 'G', message: '「全年预计执行数」不能为负数，实际为 -1' },
      {
        sheet: '监控',
        row: 8,
        column: 'H',
        message:
          '「办公用品购置种类」的完成目标可能性应为「确定能」「有可能」「完全不可能」之一（或留空），实际为「大概吧」',
      },
      { sheet: '监控', row: 9, column: 'C', message: '「三级指标」不能为空' },
    ]);
  });

  it('refuses another layout at A1 and a table without its columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目标');
    ws.getCell(1, 1).value = '项目（政策）绩效目标表';
    const problems: ImportProblem[] = [];
    expect(readMonitoring(new SheetReader(ws, problems), 10)).toBeNull();
    expect(problems).toEqual([
      {
        sheet: '目标',
        row: 1,
        column: 'A',
        message:
          '不是绩效运行监控表：第 1 行应为标题「绩效运行监控表」，实际为「项目（政策）绩效目标表」',
      },
    ]);

    const cut = await sheetOf(doc(), (sheet) => {
      sheet.getCell(7, 6).value = '备注';
      sheet.getCell(2, 1).value = '编码不详';
    });
    const read = readMonitoring(cut.reader, 100);
    expect(read?.indicators).toEqual([]);
    expect(cut.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'A', '未找到「项目编码：…」或「单位编码：…」（第 2 行），无法确定对应的项目'],
      [7, null, '表头缺少「全年预计完成值」列，请使用导出的模板'],
    ]);
  });

  it('stops at the row limit', async () => {
    const { reader, problems } = await sheetOf(doc());
    expect(readMonitoring(reader, 2)?.indicators).toHaveLength(2);
    expect(problems).toEqual([
      expect.objectContaining({ row: 10, message: '绩效指标超过 2 行的上限，请分成多个文件导入' }),
    ]);
  });
});

describe('偏差原因 and 完成目标可能性', () => {
  it('round-trips every cause, multi-line values and text that only looks like a label', () => {
    const reasons = {
      funding: '资金未到位\n预计 9 月到位',
      institution: '经费：制度未出台',
      staffing: '',
      hardware: '设备；老化',
      other: '天气',
    };
    expect(parseReasons(formatReasons(reasons))).toEqual(reasons);
    expect(formatReasons(reasons)).toBe(
      '经费保障：资金未到位\n预计 9 月到位\n制度保障：经费：制度未出台\n硬件条件保障：设备；老化\n其他：天气',
    );
    expect(parseReasons('')).toEqual(EMPTY);
  });

  it('reads a clerk’s own wording: free text is 其他, aliases, （1） numbering, repeated causes', () => {
    expect(parseReasons('资金未到位')).toEqual({ ...EMPTY, other: '资金未到位' });
    expect(parseReasons('（1）硬件：缺电脑\r\n（2）其他原因：疫情\n硬件条件保障：缺网络')).toEqual({
      ...EMPTY,
      hardware: '缺电脑\n缺网络',
      other: '疫情',
    });
    expect(parseReasons('说明如下\n制度 : 未建立')).toEqual({
      ...EMPTY,
      institution: '未建立',
      other: '说明如下',
    });
  });

  it('maps the labels (and what a clerk may type) to the enum, and nothing else', () => {
    expect(
      ['确定能', '有可能', '完全不可能', '', ' 不可能。', '“能”', 'Possible'].map(parseLikelihood),
    ).toEqual(['certain', 'possible', 'impossible', '', 'impossible', 'certain', 'possible']);
    expect(parseLikelihood('也许')).toBeNull();
  });

  it('finds the month of the cut-off line', () => {
    expect(monthIn('（2023 年度，截至 6 月底）')).toBe(6);
    expect(monthIn('截至2023年7月31日')).toBe(7);
    expect(monthIn('监控月份：9')).toBe(9);
    expect(monthIn('金额单位：万元')).toBeNull();
  });
});

describe('indicator rows matched to the report', () => {
  const report = [
    { level1: '产出指标', level2: '数量指标', name: 'A' },
    { level1: '产出指标', level2: '质量指标', name: 'B' },
    { level1: '效益指标', level2: '社会效益', name: 'B' },
    { level1: '满意度指标', level2: '满意度', name: 'C' },
  ];

  it('keeps positions, finds moved rows by name and 一级/二级指标', () => {
    const rows = [report[3], report[2], report[0], { ...report[1], name: ' B ' }];
    expect(matchIndicators(report, rows)).toEqual({ order: [2, 3, 1, 0], extra: [] });
    expect(matchIndicators(report, report)).toEqual({ order: [0, 1, 2, 3], extra: [] });
  });

  it('names what is missing and what is extra', () => {
    const rows = [report[0], report[1], { ...report[3], name: 'D' }];
    expect(matchIndicators(report, rows)).toEqual({ order: [0, 1, -1, -1], extra: [2] });
  });
});
