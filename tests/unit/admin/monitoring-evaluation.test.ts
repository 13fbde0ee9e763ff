import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitoringLights } from '../../../shared/monitoring';
import { scoreSheet, type Grade, type SheetResult } from '../../../shared/scoring';
import {
  reviewScore,
  toSheet as serverSheet,
  type EvaluationRow,
} from '../../../server/modules/evaluations/sheet';
import zhMessages from '../../../admin/i18n/zh';
import { fieldErrorsOf } from '../../../admin/performance/formErrors';
import { canRoleAccess } from '../../../admin/providers/permissions';
import {
  changedItems,
  groupSpan,
  isChanged,
  linesOf,
  signedDifference,
} from '../../../admin/resources/evaluations/recheck';
import {
  bandHint,
  levelBand,
  recordSheet,
  reviewedSheet,
  sheetOf,
  toFormValues,
  toUpdateBody,
  withTemplate,
} from '../../../admin/resources/evaluations/sheet';
import type {
  EvaluationRecord,
  EvaluationValues,
  FormRow,
} from '../../../admin/resources/evaluations/types';
import {
  cutOff,
  liveLights,
  percentOf,
  reasonSummary,
  submissionFindings,
  timeProgress,
  toUpdateBody as monitoringBody,
} from '../../../admin/resources/monitoring/sheet';
import type { MonitoringRow } from '../../../admin/resources/monitoring/types';

// ---------------------------------------------------------------------------------------------
// Fixtures: 服务群众专项经费-纪检监察工作专项经费 (seed 004, 西工街道 2023), as in the browser test.
// ---------------------------------------------------------------------------------------------

const REASONS = { funding: '', institution: '', staffing: '', hardware: '', other: '' };

const mrow = (
  level1: string,
  name: string,
  target: string,
  progress: string,
  expected: string,
  extra: Partial<MonitoringRow> = {},
): MonitoringRow => ({
  level1,
  level2: '',
  name,
  target,
  progress,
  expected,
  likelihood: '',
  reasons: { ...REASONS },
  measures: '',
  light: 'none',
  ...extra,
});

const MONITORING_ROWS: MonitoringRow[] = [
  mrow('成本指标', '项目总成本', '≤5万元', '2.5万元', '5万元'),
  mrow('产出指标', '覆盖社区数量', '6个', '3个', '6个'),
  mrow('产出指标', '宣传活动次数', '≥4次', '0次', '2次', { likelihood: 'possible' }),
  mrow('产出指标', '宣传活动覆盖率', '≥90%', '92%', '95%'),
  mrow('效益指标', '提升纪检监察工作规范化', '有效提升', '', '', { likelihood: 'certain' }),
  mrow('满意度指标', '纪检工作人员满意度', '≥95%', '96%', '98%'),
];

const REPORT = { month: 6, budget: '5', spendPlan: null };

const frow = (
  level1: string,
  name: string,
  target: string,
  actual: string,
  weight: string,
  extra: Partial<FormRow> = {},
): FormRow => ({
  level1,
  level2: '',
  name,
  target,
  actual,
  weight,
  score: '',
  level: '',
  applicable: true,
  reason: '',
  basis: '',
  ...extra,
});

const VALUES: EvaluationValues = {
  template: 'henan-project-2023',
  budget: { initial: '5', adjusted: '5', executed: '4.6', weight: '10' },
  fundManagement: [
    { item: '安排科学性', weight: '5', score: '5', note: '', problems: '' },
    { item: '拨付合规性', weight: '5', score: '5', note: '', problems: '' },
    { item: '使用规范性', weight: '5', score: '5', note: '', problems: '' },
    { item: '预算绩效管理情况', weight: '5', score: '4', note: '', problems: '' },
  ],
  indicators: [
    frow('成本指标', '项目总成本', '≤5万元', '4.8万元', '20'),
    frow('产出指标', '覆盖社区数量', '6个', '6个', '10'),
    frow('产出指标', '宣传活动次数', '≥4次', '3次', '10', { reason: '宣传经费 7 月到位' }),
    frow('产出指标', '宣传活动覆盖率', '≥90%', '95%', '10'),
    frow('效益指标', '提升纪检监察工作规范化', '有效提升', '基本实现规范化', '10', {
      level: '部分达成',
      score: '7',
    }),
    frow('满意度指标', '纪检工作人员满意度', '≥95%', '98%', '10'),
  ],
  summary: '全年完成纪检监察宣传 3 次',
  version: 3,
};

/** What the server stores for a PUT body (rowsOf of evaluations.service) and scores it with. */
function serverResult(body: ReturnType<typeof toUpdateBody>): SheetResult {
  const rows: EvaluationRow[] = body.indicators.map((r) => ({
    level1: r.level1.trim(),
    level2: r.level2.trim(),
    name: r.name.trim(),
    target: r.target.trim(),
    actual: r.actual.trim(),
    weight: r.weight,
    score: r.score,
    level: r.level,
    applicable: r.applicable,
    reason: r.reason,
    basis: r.basis,
  }));
  return scoreSheet(
    serverSheet(
      {
        kind: 'project',
        template: body.template,
        budgetInitial: body.budget.initial,
        budgetAdjusted: body.budget.adjusted,
        budgetExecuted: body.budget.executed,
        budgetWeight: body.budget.weight,
        fundManagement: body.fundManagement,
        reported: null,
        summary: body.summary,
      },
      rows,
    ),
  );
}

function recordOf(values: EvaluationValues, result: SheetResult): EvaluationRecord {
  const body = toUpdateBody(values);
  return {
    id: 12,
    kind: 'project',
    targetId: 21,
    unitTargetId: null,
    orgId: 5,
    orgName: '洛阳市西工区西工街道办事处（本级）',
    year: 2023,
    title: '服务群众专项经费-纪检监察工作专项经费',
    template: body.template,
    status: 'dept_approved',
    budget: body.budget,
    fundManagement: body.fundManagement,
    goals: [],
    summary: body.summary,
    reported: null,
    result,
    executionRate: result.executionRate,
    executionScore: result.executionScore,
    total: result.total,
    grade: result.grade,
    review: null,
    reviewTotal: null,
    reviewGrade: null,
    finalGrade: result.grade,
    sampled: false,
    version: 3,
    indicators: body.indicators.map((r, i) => ({ ...r, computed: result.indicators[i] })),
  };
}

// ---------------------------------------------------------------------------------------------

describe('绩效运行监控 form: live lights and the checks of submission', () => {
  it('computes the lights of what is typed exactly as the shared module does on save', () => {
    const live = liveLights(REPORT, { executed: ' 2.5 ', indicators: MONITORING_ROWS });
    const direct = monitoringLights({
      month: 6,
      budget: '5',
      executed: '2.5',
      indicators: MONITORING_ROWS,
    });
    expect(live).toEqual(direct);
    expect(live.execution.rate).toBe('50.00');
    expect(live.execution.timeLight).toBe('green');
    // 0 of the 2 宣传活动 due by 6月 (4 × 6/12): red, and 2 expected for the year is a shortfall.
    expect(live.indicators[2]).toMatchObject({ light: 'red', shortfall: true });
    expect(live.indicators.map((l) => l.light)).toEqual([
      'green',
      'green',
      'red',
      'green',
      'green',
      'green',
    ]);
    expect(live.overall).toBe('red');
  });

  it('asks for a cause first, then for a corrective measure, of a row expected to miss its target', () => {
    const lights = liveLights(REPORT, { executed: '2.5', indicators: MONITORING_ROWS });
    expect(submissionFindings(lights, MONITORING_ROWS)).toEqual([
      expect.objectContaining({ severity: 'error', path: 'indicators[2].reasons' }),
    ]);
    const withCause = MONITORING_ROWS.map((r, i) =>
      i === 2 ? { ...r, reasons: { ...REASONS, funding: '经费 7 月到位' } } : r,
    );
    expect(submissionFindings(lights, withCause)).toEqual([
      expect.objectContaining({ severity: 'error', path: 'indicators[2].measures' }),
    ]);
    const complete = withCause.map((r, i) => (i === 2 ? { ...r, measures: '8、10 月补开' } : r));
    expect(submissionFindings(lights, complete)).toEqual([]);
    // Undecided likelihood on a shortfall: a warning, not a refusal.
    const undecided = complete.map((r, i) => (i === 2 ? { ...r, likelihood: '' as const } : r));
    expect(submissionFindings(lights, undecided)).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'indicators[2].likelihood' }),
    ]);
  });

  it('sends only what the unit types, trimmed, with every cause key and a blank expectation as null', () => {
    const body = monitoringBody({
      executed: ' 2.5 ',
      expectedExecuted: '',
      indicators: [
        { ...MONITORING_ROWS[2], progress: ' 0次 ', reasons: { ...REASONS, other: ' 天气 ' } },
      ],
      version: 4,
    });
    expect(body).toEqual({
      executed: '2.5',
      expectedExecuted: null,
      indicators: [
        {
          progress: '0次',
          expected: '2次',
          likelihood: 'possible',
          reasons: { ...REASONS, other: '天气' },
          measures: '',
        },
      ],
      version: 4,
    });
  });

  it('names the cut-off date, the time progress and the rates as the table prints them', () => {
    expect(cutOff(2023, 6)).toBe('6月30日');
    expect(cutOff(2024, 2)).toBe('2月29日');
    expect(cutOff(2023, 12)).toBe('12月31日');
    expect(timeProgress(6)).toBe('50.00');
    expect(timeProgress(7)).toBe('58.33');
    expect(percentOf('2.5', '5')).toBe('50.00');
    expect(percentOf('1', '3')).toBe('33.33');
    expect(percentOf('1', '0')).toBeNull();
    expect(percentOf('', '5')).toBeNull();
    expect(reasonSummary({ ...REASONS, funding: '未到位', other: '疫情' })).toBe(
      '经费保障：未到位；其他：疫情',
    );
  });
});

describe('项目单位自评表 form: the live score is the one the server saves', () => {
  it('scores the browser-test sheet to 92.70 (优), by hand and as the server would', () => {
    const live = scoreSheet(sheetOf(toUpdateBody(VALUES), 'project', null));
    // 执行率 4.6/5 = 92.00%, 9.20; 资金管理 19.00; 指标 20 + 10 + 7.50 + 10 + 7 + 10 = 64.50.
    expect(live.executionRate).toBe('92.00');
    expect(live.executionScore).toBe('9.20');
    expect(live.fundManagementScore).toBe('19.00');
    expect(live.indicators.map((r) => r.score)).toEqual([
      '20.00',
      '10.00',
      '7.50',
      '10.00',
      '7.00',
      '10.00',
    ]);
    expect(live.indicatorScore).toBe('64.50');
    expect(live.total).toBe('92.70');
    expect(live.grade).toBe<Grade>('优');
    expect(live).toEqual(serverResult(toUpdateBody(VALUES)));
  });

  it('reports a 定性 score outside the chosen band at that row’s score, as the server refuses it', () => {
    const values = {
      ...VALUES,
      indicators: VALUES.indicators.map((r, i) => (i === 4 ? { ...r, score: '9' } : r)),
    };
    const live = scoreSheet(sheetOf(toUpdateBody(values), 'project', null));
    expect(live.findings).toContainEqual(
      expect.objectContaining({
        code: 'SCORE_OUT_OF_BAND',
        severity: 'error',
        path: 'indicators[4].score',
      }),
    );
    expect(levelBand('部分达成', '10')).toBe('6–8（不含 8）');
    expect(levelBand('达成', '10')).toBe('8–10');
    expect(bandHint('5')).toBe('达成 4–5 分 · 部分达成 3–4（不含）· 未达成 0–3（不含）');
    expect(bandHint('')).toBe('');
  });

  it('sends a blank score and level as null and no 资金管理情况 for a template without it', () => {
    const body = toUpdateBody(withTemplate(VALUES, 'mof-project-2020'));
    expect(body.template).toBe('mof-project-2020');
    expect(body.fundManagement).toEqual([]);
    expect(body.budget.weight).toBe('10');
    expect(body.indicators[0]).toMatchObject({ score: null, level: null, applicable: true });
    expect(body.indicators[4]).toMatchObject({ score: '7', level: '部分达成' });
    // Back to the seed-002 template: its four items, unscored.
    const back = withTemplate(withTemplate(VALUES, 'mof-project-2020'), 'henan-project-2023');
    expect(back.fundManagement.map((f) => `${f.item}:${f.score}`)).toEqual([
      '安排科学性:0',
      '拨付合规性:0',
      '使用规范性:0',
      '预算绩效管理情况:0',
    ]);
  });

  it('reads a saved record back into the same form values and the same sheet', () => {
    const result = serverResult(toUpdateBody(VALUES));
    const record = recordOf(VALUES, result);
    expect(toFormValues(record)).toEqual(VALUES);
    expect(scoreSheet(recordSheet(record))).toEqual(result);
  });
});

describe('复核: the 财政局’s scores in place of the unit’s', () => {
  const result = serverResult(toUpdateBody(VALUES));
  const record = recordOf(VALUES, result);

  it('lists the 资金管理情况 items, then the indicators, with the scores that counted', () => {
    const lines = linesOf(record);
    expect(lines.map((l) => `${l.key}=${l.self}`)).toEqual([
      'fundManagement:0=5.00',
      'fundManagement:1=5.00',
      'fundManagement:2=5.00',
      'fundManagement:3=4.00',
      'indicators:0=20.00',
      'indicators:1=10.00',
      'indicators:2=7.50',
      'indicators:3=10.00',
      'indicators:4=7.00',
      'indicators:5=10.00',
    ]);
    // Merged 类别 cells: 资金管理情况 over 4 rows, 产出指标 over 3.
    expect(lines.map((_, n) => groupSpan(lines, n))).toEqual([4, 0, 0, 0, 1, 3, 0, 0, 1, 1]);
  });

  it('sends only the items whose score changed, and re-scores the sheet as the server does', () => {
    const lines = linesOf(record);
    const entries = Object.fromEntries(lines.map((l) => [l.key, { score: l.self, reason: '' }]));
    entries['indicators:2'] = { score: '5', reason: '只开展 3 次且覆盖面不足' };
    entries['fundManagement:3'] = { score: '4.0', reason: '' };
    const items = changedItems(lines, entries);
    expect(items).toEqual([
      { section: 'indicators', index: 2, score: '5', reason: '只开展 3 次且覆盖面不足' },
    ]);
    const reviewed = scoreSheet(reviewedSheet(record, items));
    const server = reviewScore(
      {
        kind: 'project',
        template: record.template,
        budgetInitial: record.budget.initial,
        budgetAdjusted: record.budget.adjusted,
        budgetExecuted: record.budget.executed,
        budgetWeight: record.budget.weight,
        fundManagement: record.fundManagement,
        reported: null,
        summary: record.summary,
      },
      toUpdateBody(VALUES).indicators,
      items,
    );
    expect(reviewed.total).toBe('90.20');
    expect(reviewed).toEqual(server);
  });

  it('compares scores as numbers and signs the differences', () => {
    expect(isChanged('5', '5.00')).toBe(false);
    expect(isChanged('4.5', '5.00')).toBe(true);
    expect(isChanged('', '5.00')).toBe(false);
    expect(isChanged('abc', '5.00')).toBe(false);
    expect(signedDifference('10', '0.00')).toBe('+10.00');
    expect(signedDifference('3', '5.00')).toBe('−2.00');
    expect(signedDifference('5', '5.00')).toBe('0.00');
  });
});

describe('console plumbing of 绩效运行监控 and 绩效自评', () => {
  it('flattens the server’s field errors under a root to dotted paths', () => {
    const errors = {
      indicators: {
        4: { score: { type: 'server', message: '得分应在 6–8 之间', ref: {} } },
        0: { reasons: { funding: { type: 'server', message: '过长' } } },
      },
      budget: { executed: { type: 'server', message: '必须是数字' } },
    };
    expect(fieldErrorsOf(errors, 'indicators').map((e) => [e.path, e.message])).toEqual([
      ['indicators.0.reasons.funding', '过长'],
      ['indicators.4.score', '得分应在 6–8 之间'],
    ]);
    expect(fieldErrorsOf(errors, 'budget').map((e) => e.path)).toEqual(['budget.executed']);
    expect(fieldErrorsOf(undefined, 'indicators')).toEqual([]);
  });

  it('lets every role read, units write and submit, reviewers review, and the 财政局 re-score and sample', () => {
    for (const resource of ['monitoring', 'evaluations']) {
      for (const role of ['unit', 'department', 'finance', 'manager', 'admin']) {
        expect(canRoleAccess(role, resource, 'list')).toBe(true);
        expect(canRoleAccess(role, resource, 'show')).toBe(true);
        expect(canRoleAccess(role, resource, 'create')).toBe(role === 'unit');
        expect(canRoleAccess(role, resource, 'edit')).toBe(role === 'unit');
        expect(canRoleAccess(role, resource, 'submit')).toBe(role === 'unit');
        expect(canRoleAccess(role, resource, 'approve')).toBe(
          role === 'department' || role === 'finance',
        );
        expect(canRoleAccess(role, resource, 'return')).toBe(
          role === 'department' || role === 'finance',
        );
      }
    }
    for (const role of ['unit', 'department', 'finance', 'manager', 'admin']) {
      expect(canRoleAccess(role, 'evaluations', 'recheck')).toBe(role === 'finance');
      expect(canRoleAccess(role, 'evaluations', 'sample')).toBe(role === 'finance');
      expect(canRoleAccess(role, 'monitoring', 'recheck')).toBe(false);
    }
  });

  it('has a Chinese text for every message key the screens use', () => {
    const flat: Record<string, string> = {};
    const walk = (value: unknown, prefix: string) => {
      if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
      } else if (typeof value === 'string') flat[prefix] = value;
    };
    walk(zhMessages, '');
    const root = join(__dirname, '..', '..', '..', 'admin');
    const files = [
      ...['resources/monitoring', 'resources/evaluations', 'performance'].flatMap((dir) =>
        readdirSync(join(root, dir))
          .filter((f) => f.endsWith('.tsx'))
          .map((f) => join(root, dir, f)),
      ),
      join(root, 'layout', 'menuConfig.ts'),
    ];
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/['`]((?:app|resources)\.[\w.-]+[\w])['`]/g)) {
        if (!(m[1] in flat)) missing.push(`${file}: ${m[1]}`);
      }
      // Local helpers: `const t = (key…) => translate(`app.x.${key}`…)` then t('y').
      for (const helper of source.matchAll(
        /const (\w+) = \([^)]*\) =>\s*translate\(`((?:app|resources)\.[\w.-]+)\.\$\{key\}`/g,
      )) {
        const [, name, prefix] = helper;
        for (const call of source.matchAll(new RegExp(`\\b${name}\\('([\\w.]+)'`, 'g'))) {
          if (!(`${prefix}.${call[1]}` in flat)) missing.push(`${file}: ${prefix}.${call[1]}`);
        }
      }
    }
    for (const light of ['red', 'yellow', 'blue', 'green', 'none']) {
      if (!(`app.lights.short.${light}` in flat)) missing.push(`app.lights.short.${light}`);
    }
    expect(missing).toEqual([]);
  });
});
