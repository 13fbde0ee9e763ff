import {
  actionLabel,
  documentPath,
  fileProblem,
  fileRules,
  fill,
  formatSize,
  IMPORT_TYPES,
  importedSummary,
  importOutcome,
  problemRows,
  problemsBySheet,
  refusedSummary,
  type ImportProblem,
} from '../../../admin/common/importJob';
import type { JobView } from '../../../admin/common/jobTypes';
import zhMessages from '../../../admin/i18n/zh';
import { canRoleAccess } from '../../../admin/providers/permissions';
import { PERMISSIONS } from '../../../server/common/auth/permissions';
import { ROLES } from '../../../shared/domain/enums';

const MB = 1024 * 1024;
const limits = { maxMb: 10, maxRows: 10000 };

const job = (
  state: JobView['state'],
  result: Record<string, unknown> | null,
  message: string | null = null,
): Pick<JobView, 'state' | 'message' | 'error' | 'result'> => ({
  state,
  message,
  error: null,
  result,
});

describe('the file a clerk picks, checked before it is uploaded', () => {
  it('takes an .xlsx of any case within the size limit', () => {
    expect(fileProblem({ name: '自评表.xlsx', size: 20_000 }, limits)).toBeNull();
    expect(fileProblem({ name: 'TARGETS.XLSX', size: 10 * MB }, limits)).toBeNull();
  });

  it('refuses another format, an empty file and one over IMPORT_MAX_MB, saying why', () => {
    expect(fileProblem({ name: '自评表.xls', size: 100 }, limits)).toBe(
      '只支持 .xlsx 格式的 Excel 工作簿（.xls 请在 Excel 中另存为 .xlsx）',
    );
    expect(fileProblem({ name: '自评表.xlsx.csv', size: 100 }, limits)).toMatch(/只支持 \.xlsx/);
    expect(fileProblem({ name: '空.xlsx', size: 0 }, limits)).toBe(
      '文件是空的，请选择填写好的 .xlsx 文件',
    );
    expect(fileProblem({ name: '大.xlsx', size: 10 * MB + 1 }, limits)).toBe(
      '文件 10.0 MB 超过 10 MB 的上限，请拆分后分别导入',
    );
    expect(fileProblem({ name: '大.xlsx', size: 3 * MB }, { maxMb: 2, maxRows: 10 })).toMatch(
      /^文件 3\.0 MB 超过 2 MB 的上限/,
    );
  });

  it('leaves the size to the server when the limits are not known', () => {
    expect(fileProblem({ name: '大.xlsx', size: 500 * MB }, null)).toBeNull();
  });

  it('shows sizes as a clerk reads them', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(12_595)).toBe('12.3 KB');
    expect(formatSize(1.5 * MB)).toBe('1.5 MB');
  });
});

describe('what the dialog says the file must be', () => {
  it('names the layout of 导出, .xlsx, the configured limits and all-or-nothing', () => {
    const rules = fileRules('evaluations', { maxMb: 5, maxRows: 2000 });
    expect(rules).toHaveLength(4);
    expect(rules[0]).toContain('与本页“导出”生成的项目单位自评表 / 部门整体自评表相同');
    expect(rules[1]).toContain('.xlsx');
    expect(rules[2]).toBe('大小：不超过 5 MB，全部工作表的指标行合计不超过 2000 行');
    expect(rules[3]).toMatch(/^全部或全不：任何一处有误，整个文件都不导入/);
    expect(fileRules('monitoring', null)[2]).toBe('大小：不超过服务器设定的上限');
    expect(fileRules('targets', limits)[0]).toContain('项目（政策）绩效目标表');
    expect(fileRules('unit-targets', limits)[0]).toContain('部门（单位）整体绩效目标表');
  });

  it('has a layout name and an explanation for each type the server imports', () => {
    const imports = (zhMessages.app as { imports: Record<string, Record<string, string>> }).imports;
    expect([...IMPORT_TYPES].sort()).toEqual([
      'evaluations',
      'monitoring',
      'targets',
      'unit-targets',
    ]);
    for (const type of IMPORT_TYPES) {
      expect(imports.layouts[type]).toMatch(/表/);
      expect(imports.effects[type].length).toBeGreaterThan(20);
    }
  });

  it('fills placeholders like Polyglot and leaves unknown ones alone', () => {
    expect(fill('已导入 %{count} 张：%{detail}', { count: 2, detail: 'x' })).toBe('已导入 2 张：x');
    expect(fill('%{a}%{b}', { a: '甲' })).toBe('甲%{b}');
  });
});

describe('a completed import: each sheet and what became of it', () => {
  const imported = [
    { sheet: '社区治理资金', resource: 'evaluations', id: 12, action: 'update' },
    { sheet: '老旧小区改造', resource: 'targets', id: 40, action: 'adjust' },
    { sheet: '物业管理', resource: 'targets', id: 41, action: 'create' },
    { sheet: '办公经费', resource: 'targets', id: 42, action: 'update' },
  ];

  it('counts 新建草稿, 更新草稿 and 发起调整 in that order, whatever the order of the sheets', () => {
    expect(importedSummary(imported)).toBe(
      '已导入 4 张工作表：新建草稿 1 张，更新草稿 2 张，发起调整 1 张',
    );
    expect(importedSummary([imported[0]])).toBe('已导入 1 张工作表：更新草稿 1 张');
    expect(importedSummary([])).toBe('文件中没有可导入的工作表');
  });

  it('names an action the console does not know as the server does', () => {
    expect(actionLabel('merge')).toBe('merge');
    expect(importedSummary([{ action: 'merge' }, { action: 'create' }])).toBe(
      '已导入 2 张工作表：新建草稿 1 张，merge 1 张',
    );
  });

  it('links each sheet to its document, in the order of the file', () => {
    const outcome = importOutcome(job('completed', { imported }, '已导入 4 张…'));
    expect(outcome.kind).toBe('imported');
    if (outcome.kind !== 'imported') return;
    expect(outcome.items.map((i) => [i.sheet, i.label, i.path])).toEqual([
      ['社区治理资金', '更新草稿', '/evaluations/12/show'],
      ['老旧小区改造', '发起调整', '/targets/40/show'],
      ['物业管理', '新建草稿', '/targets/41/show'],
      ['办公经费', '更新草稿', '/targets/42/show'],
    ]);
    expect(documentPath({ resource: 'monitoring', id: 7 })).toBe('/monitoring/7/show');
  });
});

describe('a refused import: every problem, where it is, and that nothing was imported', () => {
  const errors: ImportProblem[] = [
    { sheet: '表一', row: 7, column: 'H', message: '「培训人次」的分值应为数字，实际为「十分」' },
    { sheet: '表一', row: 3, column: 'B', message: '项目编码「X」不存在或不属于本单位' },
    {
      sheet: '表二',
      row: null,
      column: null,
      message: '与工作表「表一」是同一份文档，请只保留一张',
    },
    { sheet: '表一', row: 9, column: 'J', message: '得分须说明理由' },
  ];

  it('keeps the order the server gives (by sheet, then as found), with — where it names no cell', () => {
    expect(problemRows(errors)).toEqual([
      { sheet: '表一', row: '7', column: 'H', message: errors[0].message },
      { sheet: '表一', row: '3', column: 'B', message: errors[1].message },
      { sheet: '表二', row: '—', column: '—', message: errors[2].message },
      { sheet: '表一', row: '9', column: 'J', message: errors[3].message },
    ]);
  });

  it('names a problem of the whole file (unreadable, no sheet) as such', () => {
    const whole = [{ sheet: '', row: null, column: null, message: '文件中没有可导入的工作表' }];
    expect(problemRows(whole)[0]).toEqual({
      sheet: '（整个文件）',
      row: '—',
      column: '—',
      message: '文件中没有可导入的工作表',
    });
    expect(refusedSummary(whole)).toBe(
      '发现 1 处问题，未导入任何数据。请在 Excel 中逐一修改后重新导入。',
    );
  });

  it('groups the count by sheet, in the order the sheets first appear', () => {
    expect(problemsBySheet(errors)).toEqual([
      ['表一', 3],
      ['表二', 1],
    ]);
    expect(refusedSummary(errors)).toBe(
      '发现 4 处问题（「表一」3 处，「表二」1 处），未导入任何数据。请在 Excel 中逐一修改后重新导入。',
    );
    expect(refusedSummary(errors.slice(0, 2))).toBe(
      '发现 2 处问题，未导入任何数据。请在 Excel 中逐一修改后重新导入。',
    );
  });

  it('reads a failed job with result.errors as refused, and one without as failed with its message', () => {
    const refused = importOutcome(
      job('failed', { errors }, '导入失败：发现 4 处问题，未导入任何数据。'),
    );
    expect(refused.kind).toBe('refused');
    if (refused.kind === 'refused') expect(refused.problems).toHaveLength(4);
    expect(
      importOutcome(job('failed', null, '上传的文件已不存在（可能已被清理），请重新上传')),
    ).toEqual({
      kind: 'failed',
      summary: '导入未完成，未导入任何数据：上传的文件已不存在（可能已被清理），请重新上传',
    });
    expect(importOutcome(job('failed', { errors: [] }))).toEqual({
      kind: 'failed',
      summary: '导入未完成，未导入任何数据',
    });
  });
});

describe('who sees 导入', () => {
  it('shows it on the four document lists to exactly the roles the server lets import', () => {
    const allowed: readonly string[] = PERMISSIONS['imports.create'];
    for (const resource of IMPORT_TYPES)
      for (const role of ROLES)
        expect([resource, role, canRoleAccess(role, resource, 'import')]).toEqual([
          resource,
          role,
          allowed.includes(role),
        ]);
    expect(allowed).toEqual(['unit']);
    expect(canRoleAccess('unit', 'projects', 'import')).toBe(false);
  });
});
