import { Dec } from '../../../shared/decimal';
import {
  gradeDistribution,
  scoreSheet,
  validateSheetShape,
  type SheetResult,
} from '../../../shared/scoring';
import {
  departmentToSheet,
  projectToSheet,
  SEED_002_DEPARTMENT,
  SEED_002_PROJECTS,
  SEED_002_TEXT_CLAIMS,
} from '../../../server/modules/demo/data/seed-002';

/** SCORING.md "Golden cases from seed 002", in the order of the publication. */
const GOLDEN = [
  ['社区治理和服务创新资金(含物业管理工作)', '51.25', '5.13', '95.13', '优'],
  ['老旧小区改造办公经费', '0.00', '0.00', '65.00', '中'],
  ['区政府购买服务', '88.10', '8.81', '98.81', '优'],
  ['西工区老旧小区改造项目申请政府专项债券可行性研究报告费用', '85.83', '8.58', '98.58', '优'],
  ['西工区智慧化社区综合服务信息平台项目', '0.00', '0.00', '80.00', '良'],
  [
    '（区）2023 年专项债项目可研编制费用及支付可研编制、评审费用',
    '100.00',
    '10.00',
    '100.00',
    '优',
  ],
  ['（存）洛阳市西工区智慧社区综合服务信息平台项目', '0.00', '0.00', '80.00', '良'],
  ['党建工作经费', '28.00', '2.80', '92.80', '优'],
  ['（存）2021 年老旧小区改造配套基础设施（发改资金）', '100.00', '10.00', '100.00', '优'],
] as const;

const byKey = (key: string) => {
  const p = SEED_002_PROJECTS.find((x) => x.key === key);
  if (!p) throw new Error(`no project ${key}`);
  return p;
};
const scored = (key: string, scores: 'published' | 'rules' = 'published'): SheetResult =>
  scoreSheet(projectToSheet(byKey(key), { scores }));
const has = (r: SheetResult, code: string, path?: string) =>
  r.findings.some((f) => f.code === code && (path === undefined || f.path === path));
const sameNumber = (a: string, b: string) => new Dec(a).eq(b);

describe('seed 002 项目单位自评表 with the published scores', () => {
  const results = SEED_002_PROJECTS.map((p) => scoreSheet(projectToSheet(p)));

  it('holds the nine projects in the order of the publication', () => {
    expect(SEED_002_PROJECTS.map((p) => p.name)).toEqual(GOLDEN.map((g) => g[0]));
  });

  it.each(GOLDEN.map((g, i) => [g[0], i, g[1], g[2], g[3], g[4]] as const))(
    '%s: 执行率, 执行率得分, total and grade',
    (_name, i, rate, score, total, grade) => {
      const r = results[i];
      expect(r.executionRate).toBe(rate);
      expect(r.executionScore).toBe(score);
      expect(r.total).toBe(total);
      expect(r.grade).toBe(grade);
      const published = SEED_002_PROJECTS[i];
      expect(sameNumber(r.total, published.total)).toBe(true);
      expect(sameNumber(r.executionRate ?? '', published.budget.total.rate)).toBe(true);
      expect(sameNumber(r.executionScore, published.budget.total.score ?? '')).toBe(true);
      expect(r.fundManagementScore).toBe('20.00');
      expect(has(r, 'TOTAL_MISMATCH') || has(r, 'EXECUTION_SCORE_MISMATCH')).toBe(false);
    },
  );

  it('grades the nine as 6 优, 2 良, 1 中 — not the 9 优 the text claims', () => {
    expect(gradeDistribution(results)).toEqual({ 优: 6, 良: 2, 中: 1, 差: 0 });
    expect(SEED_002_TEXT_CLAIMS.projectGrades.优).toBe(9);
    const mismatched = SEED_002_PROJECTS.filter((_, i) => has(results[i], 'GRADE_MISMATCH')).map(
      (p) => p.key,
    );
    expect(mismatched).toEqual([
      'old-community-office',
      'smart-community-platform',
      'smart-community-platform-carryover',
    ]);
  });

  it('produces sheets the preview endpoint accepts', () => {
    for (const p of SEED_002_PROJECTS) expect(validateSheetShape(projectToSheet(p)).ok).toBe(true);
    expect(validateSheetShape(departmentToSheet()).ok).toBe(true);
  });
});

describe('seed 002 mistakes the reviewer must see', () => {
  it('老旧小区改造办公经费: the met ≤4万元 cost row scored 0 is an override of the rule’s 10', () => {
    const r = scored('old-community-office');
    expect(r.indicators[0]).toMatchObject({
      ruleScore: '10.00',
      score: '0.00',
      overridden: true,
      met: true,
    });
    expect(has(r, 'SCORE_OVERRIDDEN', 'indicators[0].score')).toBe(true);
  });

  it('老旧小区改造办公经费: by the rules the cost row gets 10 and the total 75', () => {
    const r = scored('old-community-office', 'rules');
    expect(r.indicators[0].score).toBe('10.00');
    expect(r.total).toBe('75.00');
    expect(has(r, 'TOTAL_MISMATCH', 'reported.total')).toBe(true);
  });

  it('老旧小区改造办公经费: ≥15种 with nothing bought is −100.00%, and 100% quality with nothing spent is flagged', () => {
    const r = scored('old-community-office');
    expect(r.indicators[1]).toMatchObject({ deviation: '-100.00', met: false, ruleScore: '0.00' });
    expect(has(r, 'UNMET_WITHOUT_REASON')).toBe(false);
    expect(has(r, 'MET_WITH_NOTHING_SPENT', 'indicators[2].actual')).toBe(true);
  });

  it('flags the cost targets written as ≥13.01 万元 and ≥5万元', () => {
    expect(
      has(
        scored('smart-community-platform'),
        'COST_TARGET_NOT_UPPER_BOUND',
        'indicators[0].target',
      ),
    ).toBe(true);
    expect(
      has(
        scored('special-bond-2023-feasibility'),
        'COST_TARGET_NOT_UPPER_BOUND',
        'indicators[0].target',
      ),
    ).toBe(true);
    const warnings = SEED_002_PROJECTS.map((p) => scoreSheet(projectToSheet(p)))
      .flatMap((r) => r.findings)
      .filter((f) => f.code === 'COST_TARGET_NOT_UPPER_BOUND' && f.severity === 'warning');
    expect(warnings).toHaveLength(2);
  });

  it('党建工作经费: full indicator marks against 28% execution, and a summary saying 未完成', () => {
    const r = scored('party-building');
    expect(has(r, 'HIGH_SCORE_LOW_EXECUTION')).toBe(true);
    expect(has(r, 'SUMMARY_CONTRADICTS_SCORES', 'summary')).toBe(true);
  });

  it('rule scores equal the published ones except on the three cost rows', () => {
    const overridden = SEED_002_PROJECTS.flatMap((p) => {
      const r = scoreSheet(projectToSheet(p));
      return r.indicators.filter((row) => row.overridden).map((row) => `${p.key}:${row.name}`);
    });
    expect(overridden).toEqual([
      'old-community-office:老旧小区改造办公总经费',
      'smart-community-platform:总成本',
      'smart-community-platform-carryover:总成本',
    ]);
  });
});

describe('seed 002 部门整体自评表', () => {
  const r = scoreSheet(departmentToSheet());

  it('computes 执行率 97.96 and 执行率得分 9.80, total 99.80', () => {
    expect(r.executionRate).toBe('97.96');
    expect(r.executionScore).toBe('9.80');
    expect(r.indicatorScore).toBe('90.00');
    expect(r.total).toBe('99.80');
    expect(r.grade).toBe('优');
  });

  it('flags the published full 10 points and the published total of 100', () => {
    const f = r.findings.find((x) => x.code === 'EXECUTION_SCORE_MISMATCH');
    expect(f).toMatchObject({ path: 'reported.executionScore', severity: 'warning' });
    expect(f?.message).toContain('9.80');
    expect(has(r, 'EXECUTION_SCORE_MISMATCH', 'reported.executionRate')).toBe(false);
    expect(has(r, 'TOTAL_MISMATCH', 'reported.total')).toBe(true);
    expect(SEED_002_DEPARTMENT.total).toBe('100');
    expect(SEED_002_TEXT_CLAIMS.departmentTotal).toBe('90');
  });

  it('flags the satisfaction target written ≤98%', () => {
    expect(has(r, 'SATISFACTION_NOT_LOWER_BOUND', 'indicators[23].target')).toBe(true);
  });

  it('meets the template’s category weights 30 / 25 / 25 / 10', () => {
    expect(r.sections[1].groups?.map((g) => [g.name, g.declaredWeight, g.score])).toEqual([
      ['投入管理指标', '30', '30.00'],
      ['产出指标', '25', '25.00'],
      ['效益指标', '25', '25.00'],
      ['满意度指标', '10', '10.00'],
    ]);
    expect(has(r, 'WEIGHTS_NOT_100')).toBe(false);
  });
});

describe('the fixture is a faithful transcription', () => {
  it.each(SEED_002_PROJECTS.map((p) => [p.name, p] as const))(
    '%s adds up as published',
    (_name, p) => {
      const rows = p.indicators.reduce((sum, row) => sum.add(row.score), new Dec(0));
      const weights = p.indicators.reduce((sum, row) => sum.add(row.weight), new Dec(0));
      const fund = p.fundManagement.reduce((sum, f) => sum.add(f.score), new Dec(0));
      expect(weights.toString()).toBe('70');
      expect(
        rows
          .add(fund)
          .add(p.budget.total.score ?? '0')
          .eq(p.total),
      ).toBe(true);
      const sources = [p.budget.government, p.budget.special, p.budget.unit];
      for (const key of ['initial', 'adjusted', 'executed'] as const) {
        const sum = sources.reduce((s, row) => s.add(row[key]), new Dec(0));
        expect(sum.eq(p.budget.total[key])).toBe(true);
      }
    },
  );

  it('keeps the department table’s rows, tasks and texts', () => {
    expect(SEED_002_DEPARTMENT.indicators).toHaveLength(24);
    expect(SEED_002_DEPARTMENT.tasks.map((t) => t.name)).toEqual([
      '确保办公正常运转',
      '社区建设',
      '物业服务',
      '邻里中心建设及老旧小区改造',
    ]);
    const weights = SEED_002_DEPARTMENT.indicators.reduce(
      (s, row) => s.add(row.weight),
      new Dec(0),
    );
    expect(weights.toString()).toBe('90');
    expect(SEED_002_DEPARTMENT.budget.total).toMatchObject({
      adjusted: '30288.47',
      executed: '29671.35',
      rate: '97.96',
      score: '10',
    });
  });
});
