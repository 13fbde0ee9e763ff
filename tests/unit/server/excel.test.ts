import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../server/config/config';
import { evaluationGrid, runs } from '../../../server/modules/excel/layout/evaluation.layout';
import { exactNumber, Grid, money, sheetName } from '../../../server/modules/excel/layout/grid';
import { columnLetter, numberToDecimal } from '../../../server/modules/excel/layout/reader';
import { csvField } from '../../../server/modules/excel/layout/summary.layout';
import { inspectXlsx } from '../../../server/modules/excel/xlsx-check';
import { JOB_ID_PATTERN, JOB_NAMES, jobIds, JOBS } from '../../../server/queue/queue.constants';
import { checkEvictionPolicy, RedisPolicyError } from '../../../server/queue/redis-check';
import { unzipEntry } from '../../support/xlsx';

describe('Excel cells', () => {
  it('writes a decimal as a number only when the double holds it exactly', () => {
    expect(exactNumber('3.2')).toBe(3.2);
    expect(exactNumber('1234567.891234')).toBe(1234567.891234);
    expect(exactNumber('-100.00')).toBe(-100);
    expect(exactNumber('123456789012.3456')).toBeNull(); // 16 significant digits
    expect(exactNumber('1e3')).toBeNull();
    expect(exactNumber('万元')).toBeNull();
  });

  it('reads numbers as Excel shows them, without binary noise', () => {
    expect(numberToDecimal(0.1 + 0.2)).toBe('0.3');
    expect(numberToDecimal(1e-7)).toBe('0.0000001');
    expect(numberToDecimal(29671.35)).toBe('29671.35');
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(10)).toBe('J');
    expect(columnLetter(28)).toBe('AB');
  });

  it('keeps text starting with = + - @ a string cell, with borders on every cell of a merge', async () => {
    const g = new Grid([10, 10, 10]);
    g.put(1, 1, '=HYPERLINK("http://x","y")', 'text', 1, 3);
    g.put(2, 1, '+1', 'text');
    g.put(2, 2, '-2', 'text');
    g.put(2, 3, '@SUM(A1)', 'text');
    g.put(3, 1, money('23.7173'), 'number');
    const wb = new ExcelJS.Workbook();
    g.writeTo(wb.addWorksheet('t'), 3);
    const xml = unzipEntry(Buffer.from(await wb.xlsx.writeBuffer()), 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('<mergeCell ref="A1:C1"/>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const ws = back.worksheets[0];
    expect([
      ws.getCell('A1').value,
      ws.getCell('A2').value,
      ws.getCell('B2').value,
      ws.getCell('C2').value,
    ]).toEqual(['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)']);
    expect(ws.getCell('C1').border?.right?.style).toBe('thin');
    expect(ws.getCell('A3').value).toBe(23.7173);
    expect(ws.getCell('A3').numFmt).toBe('0.00####');
  });

  it('defuses formula-like text in CSV but leaves negative numbers alone', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-abc')).toBe("'-abc");
    expect(csvField('-100.00', true)).toBe('-100.00');
    expect(csvField('-cmd', true)).toBe("'-cmd");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField(null)).toBe('');
  });

  it('names sheets within Excel’s rules', () => {
    const used = new Set<string>();
    expect(sheetName('项目/名称:[1]', used)).toBe('项目_名称__1_');
    expect(sheetName('a'.repeat(40), used)).toHaveLength(31);
    expect(sheetName('a'.repeat(40), used)).toBe(`${'a'.repeat(28)}(2)`);
  });

  it('merges 一级/二级指标 down runs of equal rows', () => {
    const rows = ['产出', '产出', '效益', '产出'].map((level1) => ({ level1 }));
    expect(runs(rows, (r) => r.level1)).toEqual([
      [0, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('lays the 项目单位自评表 out with its blocks named in column A', () => {
    const g = evaluationGrid({
      kind: 'project',
      year: 2023,
      code: 'P-1',
      title: '项目',
      department: '部门',
      implementer: '单位',
      budget: { initial: '3.2', adjusted: '3.2', executed: '1.64', weight: '10' },
      executionRate: '51.25',
      executionScore: '5.13',
      sources: [],
      fundManagement: [{ item: '安排科学性', note: '', weight: '5', score: '5', problems: '' }],
      goals: ['目标'],
      summary: '完成',
      tasks: [],
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '人数',
          target: '16 人',
          actual: '16 人',
          weight: '10',
          score: '10',
          applicable: true,
          deviation: '0.00',
          reason: '',
        },
      ],
      totalWeight: '100',
      total: '95.13',
      grade: '优',
    });
    const labels = g.cells.filter((c) => c.col === 1 && c.kind === 'label').map((c) => c.value);
    expect(labels).toEqual([
      '项目名称',
      '主管部门',
      '项目资金（万元）',
      '资金管理情况',
      '年度总体目标',
      '绩效指标',
      '总分',
    ]);
  });
});

describe('uploads', () => {
  it('refuses what is not a complete .xlsx before parsing it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').getCell('A1').value = 'x';
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    expect(inspectXlsx(good, 10_000_000)).toBeNull();
    expect(inspectXlsx(Buffer.from('项目编码,项目名称'), 10_000_000)).toContain('.xlsx');
    expect(inspectXlsx(good.subarray(0, good.length - 30), 10_000_000)).toContain('已损坏');
    expect(inspectXlsx(good, 100)).toContain('过大');
  });
});

describe('queues', () => {
  it('declares every job once, with attempts and backoff, and ids BullMQ accepts', () => {
    for (const name of JOB_NAMES) {
      expect(JOBS[name].attempts).toBeGreaterThan(1);
      expect(JOBS[name].backoffMs).toBeGreaterThan(0);
    }
    const ids = [
      jobIds.export('evaluations', [3, 1], 7, [2, 5]),
      jobIds.import('targets', 7, 'ab'.repeat(32)),
      jobIds.recompute(2023, null),
      jobIds.recompute(2023, 'henan-project-2023'),
      jobIds.reminders('2024-03-25'),
      jobIds.cleanup('2024-03-25'),
    ];
    for (const id of ids) {
      expect(id).toMatch(JOB_ID_PATTERN);
      expect(id).not.toContain(':'); // BullMQ refuses custom ids with a colon
    }
    expect(jobIds.export('evaluations', [3, 1], 7, [2, 5])).toBe(ids[0]);
    expect(jobIds.export('evaluations', [3, 1], 7, [2, 6])).not.toBe(ids[0]); // a changed document
    expect(jobIds.export('evaluations', [3, 1], 8, [2, 5])).not.toBe(ids[0]); // another user
    expect(ids[2]).toBe('recompute-2023-all');
  });

  it('refuses a Redis that may evict queued jobs, and accepts noeviction', async () => {
    const redis = (policy: string) => ({
      info: async () => `# Memory\r\nused_memory:1\r\nmaxmemory_policy:${policy}\r\n`,
    });
    await expect(checkEvictionPolicy(redis('allkeys-lru'))).rejects.toThrow(RedisPolicyError);
    await expect(checkEvictionPolicy(redis('allkeys-lru'))).rejects.toThrow(/noeviction/);
    await expect(checkEvictionPolicy(redis('noeviction'))).resolves.toBeUndefined();
  });
});

describe('job settings', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'bp-config-'));

  it('has defaults for workers, files, locks, upload limits and reminders', () => {
    const d = dir();
    expect(loadConfig({ DATA_DIR: d })).toMatchObject({
      workers: true,
      workerConcurrency: 2,
      filesDir: join(d, 'files'),
      jobLockMs: 30000,
      jobStalledIntervalMs: 30000,
      importMaxBytes: 10 * 1024 * 1024,
      importMaxRows: 10000,
      reminderCron: '0 8 * * *',
      queuePrefix: 'bp',
      role: 'api',
    });
  });

  it.each([
    [{ WORKERS: 'sometimes' }, /WORKERS must be true or false/],
    [{ REMINDER_CRON: 'daily' }, /REMINDER_CRON must be a cron expression/],
    [{ QUEUE_PREFIX: 'bp:x' }, /QUEUE_PREFIX/],
    [{ IMPORT_MAX_MB: '0' }, /IMPORT_MAX_MB must be between/],
    [{ JOB_LOCK_MS: '10' }, /JOB_LOCK_MS must be between/],
  ])('stops with a message naming the variable for %j', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dir(), ...env })).toThrow(message);
  });
});
