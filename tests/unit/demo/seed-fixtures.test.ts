import { Dec, isDecimalString } from '../../../shared/decimal';
import { SEED_001 } from '../../../server/modules/demo/data/seed-001';
import { SEED_003 } from '../../../server/modules/demo/data/seed-003';
import { SEED_004 } from '../../../server/modules/demo/data/seed-004';
import type {
  SeedDocument,
  SeedIndicator,
  SeedProject,
} from '../../../server/modules/demo/data/seed-types';

// Checks the hand transcription of the seed publications (/work/shared/seeds) against facts
// that can be read in the published text: counts, totals, codes and a few spot values.

const DOCS: SeedDocument[] = [SEED_001, SEED_003, SEED_004];

/** An amount cell: `''` (blank / no such column) counts as zero. */
function amount(value: string): Dec {
  return new Dec(value === '' ? '0' : value);
}

function sum(values: string[]): Dec {
  return values.reduce((acc, v) => acc.plus(amount(v)), new Dec(0));
}

function project(doc: SeedDocument, code: string): SeedProject {
  const found = doc.projects.filter((p) => p.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

function indicator(p: SeedProject, name: string): SeedIndicator {
  const found = p.indicators.filter((i) => i.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('seed fixtures — shape', () => {
  it.each(DOCS.map((d) => [d.source, d] as const))('%s: source file name', (_, doc) => {
    expect(doc.source).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
  });

  it('project counts per document', () => {
    // 001: the table prints 8 rows — 313001-1 … 313001-7 plus one published with code 313001
    // (the brief and DOMAIN.md say 7; the 8 totals add up to the unit's 项目支出 3935.03).
    expect(SEED_001.projects).toHaveLength(8);
    expect(SEED_003.projects).toHaveLength(5);
    expect(SEED_004.projects).toHaveLength(14);
  });

  it.each(DOCS.map((d) => [d.source, d] as const))(
    '%s: every amount is a decimal string or blank',
    (_, doc) => {
      for (const p of doc.projects) {
        expect(isDecimalString(p.amountTotal)).toBe(true);
        for (const v of [p.amountFiscal, p.amountSpecial, p.amountOther]) {
          expect(v === '' || isDecimalString(v)).toBe(true);
        }
      }
      for (const u of doc.unitTargets) {
        for (const v of [u.budget.total, u.budget.basic, u.budget.project]) {
          expect(isDecimalString(v)).toBe(true);
        }
      }
    },
  );

  it.each(DOCS.map((d) => [d.source, d] as const))(
    '%s: each project total = fiscal + special + other, or a note says why not',
    (_, doc) => {
      for (const p of doc.projects) {
        const parts = sum([p.amountFiscal, p.amountSpecial, p.amountOther]);
        if (!parts.equals(new Dec(p.amountTotal))) {
          expect(p.note).toBeTruthy();
        }
      }
    },
  );

  it.each(DOCS.map((d) => [d.source, d] as const))(
    '%s: project codes are unique, years match the document',
    (_, doc) => {
      const codes = doc.projects.map((p) => p.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const p of doc.projects) expect(p.year).toBe(doc.year);
      for (const u of doc.unitTargets) expect(u.year).toBe(doc.year);
    },
  );

  it.each(DOCS.map((d) => [d.source, d] as const))(
    '%s: indicator rows have a level1 and a name; a blank target carries a note',
    (_, doc) => {
      const rows = [
        ...doc.projects.flatMap((p) => p.indicators),
        ...doc.unitTargets.flatMap((u) => u.indicators),
      ];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.level1).not.toBe('');
        expect(row.name).not.toBe('');
        expect(row.target).toBe(row.target.trim());
        if (row.target === '') expect(row.note).toBeTruthy();
      }
      for (const p of doc.projects) {
        if (p.indicators.length === 0) expect(p.note).toBeTruthy();
      }
    },
  );

  it('spending plans: percentages without the % sign, blanks kept, ending at 100', () => {
    for (const p of SEED_003.projects) {
      const plan = p.spendPlan;
      expect(plan).toBeDefined();
      if (!plan) continue;
      const cells = [plan.q1, plan.q2, plan.q3, plan.q4];
      for (const c of cells) expect(c === '' || /^\d+$/.test(c)).toBe(true);
      expect(plan.q4).toBe('100');
      const filled = cells.filter((c) => c !== '').map((c) => new Dec(c));
      for (let i = 1; i < filled.length; i++) {
        expect(filled[i].greaterThanOrEqualTo(filled[i - 1])).toBe(true);
      }
    }
  });
});

describe('seed 001 — 洛龙区社区治理和服务创新办公室 2021', () => {
  it('project totals add up to the unit 项目支出 3935.03', () => {
    expect(sum(SEED_001.projects.map((p) => p.amountTotal)).equals(new Dec('3935.03'))).toBe(true);
    const unit = SEED_001.unitTargets[0];
    expect(unit.budget.project).toBe('3935.03');
    expect(unit.budget.basic).toBe('182.88');
    expect(new Dec(unit.budget.basic).plus(unit.budget.project).toFixed(2)).toBe(unit.budget.total);
    expect(unit.tasks.map((t) => t.amount)).toEqual(['182.88', '3935.03']);
  });

  it('codes: all 313001-n except the published duplicate of the unit code', () => {
    const odd = SEED_001.projects.filter((p) => !/^313001-\d$/.test(p.code));
    expect(odd.map((p) => [p.code, p.name])).toEqual([['313001', '社区换届经费']]);
    expect(odd[0].note).toMatch(/313001/);
    expect(odd[0].code).toBe(SEED_001.unitCode);
    for (const p of SEED_001.projects) expect(p.unitCode).toBe('313001');
  });

  it('spot values', () => {
    expect(project(SEED_001, '313001-3').amountTotal).toBe('3423.75');
    expect(project(SEED_001, '313001-5').amountTotal).toBe('172.8');
    expect(project(SEED_001, '313001-6').amountTotal).toBe('8');
    expect(project(SEED_001, '313001-1').amountOther).toBe('0.00');
    expect(indicator(project(SEED_001, '313001-2'), '社区户数').target).toBe('23.7173万');
    expect(indicator(project(SEED_001, '313001-2'), '资金下拨及时性').target).toBe(
      '及时落实,按季到位',
    );
    expect(indicator(project(SEED_001, '313001-5'), '智慧社区建设完善度').target).toBe('90%以上');
    expect(indicator(project(SEED_001, '313001'), '换届完成时间').target).toBe('2021年3月底前');
    expect(indicator(project(SEED_001, '313001-7'), '完成日期').target).toBe('12月31日前');
    const levels = new Set(SEED_001.projects.flatMap((p) => p.indicators.map((i) => i.level1)));
    expect([...levels].sort()).toEqual(['产出指标', '效益指标', '满意度指标'].sort());
  });

  it('unit-wide table keeps the odd and the empty cells', () => {
    const rows = SEED_001.unitTargets[0].indicators;
    const byName = (name: string): SeedIndicator[] => rows.filter((r) => r.name === name);
    expect(byName('目标管理有效性')[0].target).toBe('有限性');
    expect(byName('离退休人员经费变动率')[0].target).toBe('≤0');
    expect(byName('外部监督部门满意度')[0].target).toBe('≥98%');
    expect(byName('重要改革事项1')[0].target).toBe('');
    const placeholders = byName('.....');
    expect(placeholders.length).toBe(3);
    for (const r of placeholders) {
      expect(r.target).toBe('');
      expect(r.note).toBeTruthy();
    }
    const level1 = [...new Set(rows.map((r) => r.level1))];
    expect(level1).toEqual(['履职效能', '管理效率', '运行成本', '服务满意', '可持续性']);
    expect(rows.filter((r) => r.level1 === '可持续性').every((r) => r.target === '')).toBe(true);
  });
});

describe('seed 003 — 南大港产业园区城区办事处 2020', () => {
  it('project totals add up to 项目支出 334.37', () => {
    expect(sum(SEED_003.projects.map((p) => p.amountTotal)).equals(new Dec('334.37'))).toBe(true);
  });

  it('codes follow the published pattern', () => {
    for (const p of SEED_003.projects) expect(p.code).toMatch(/^555-0101-[A-Z]{3}-[A-Z0-9]{4}$/);
  });

  it('spot values', () => {
    const p1 = project(SEED_003, '555-0101-JQN-56G8');
    expect(p1.name).toBe('计生后遗症人员医疗和生活补助经费');
    expect([p1.amountTotal, p1.amountFiscal, p1.amountOther]).toEqual(['11.00', '11.00', '0.00']);
    expect(p1.spendPlan).toEqual({ q1: '', q2: '', q3: '', q4: '100' });
    expect(indicator(p1, '涉及人数').target).toBe('所有符合计生后遗症认定条件的人员');
    expect(indicator(p1, '资金利用率').target).toBe('=100%');
    expect(p1.goals).toHaveLength(2);

    const p2 = project(SEED_003, '555-0101-JQN-UXGG');
    expect(p2.spendPlan).toEqual({ q1: '', q2: '50', q3: '80', q4: '100' });

    const p3 = project(SEED_003, '555-0101-JQN-HKWU');
    expect(p3.amountTotal).toBe('50.7');
    expect(indicator(p3, '资金利用率').target).toBe('≥95百分比');
    expect(indicator(p3, '服务对象满意度').target).toBe('≥80百分比');

    const p4 = project(SEED_003, '555-0101-YQN-GZ4H');
    expect(p4.spendPlan).toEqual({ q1: '', q2: '', q3: '50', q4: '100' });
    expect(indicator(p4, '安防设施数量').target).toBe('足够覆盖居民小区');
  });

  it('older form: 成本指标 is a 二级 under 产出指标, effects are 效果指标', () => {
    for (const p of SEED_003.projects) {
      const costRows = p.indicators.filter((i) => i.level2 === '成本指标');
      expect(costRows).toHaveLength(1);
      expect(costRows[0].level1).toBe('产出指标');
      expect(costRows[0].name).toBe('财政投入水平');
      // The cost target states the project amount, without a comparator: `11万元` for `11.00`.
      const published = /^(\d+(?:\.\d+)?)万元$/.exec(costRows[0].target);
      expect(published).not.toBeNull();
      expect(new Dec(published ? published[1] : 'NaN').equals(new Dec(p.amountTotal))).toBe(true);
      expect(p.indicators.map((i) => i.level1)).toContain('效果指标');
      for (const i of p.indicators) expect(i.basis).toBeTruthy();
    }
    // The fifth project publishes its 成本指标 row first.
    expect(project(SEED_003, '555-0101-JQN-RSAF').indicators[0].level2).toBe('成本指标');
  });
});

describe('seed 004 — 西工区西工街道办事处 2023', () => {
  it('project totals add up to 项目支出 771.08', () => {
    const total = sum(SEED_004.projects.map((p) => p.amountTotal));
    expect(total.equals(new Dec('771.08'))).toBe(true);
    expect(total.toFixed(2)).toBe(SEED_004.unitTargets[0].budget.project);
  });

  it('types from the 项目支出预算表: 其他运转类 756.86, 特定目标类 14.22', () => {
    const byType = (type: SeedProject['type']): string[] =>
      SEED_004.projects.filter((p) => p.type === type).map((p) => p.amountTotal);
    expect(sum(byType('operating')).equals(new Dec('756.86'))).toBe(true);
    expect(sum(byType('specific')).equals(new Dec('14.22'))).toBe(true);
    expect(byType('operating')).toHaveLength(8);
    expect(byType('specific')).toHaveLength(6);
  });

  it('codes are 21-digit project codes of unit 151001', () => {
    for (const p of SEED_004.projects) {
      expect(p.code).toMatch(/^4103032[23]0{7}\d{6}$/);
      expect(p.unitCode).toBe('151001');
      expect(p.departmentCode).toBe('151');
    }
  });

  it('unit-wide table', () => {
    const unit = SEED_004.unitTargets[0];
    expect(unit.budget).toMatchObject({ total: '1909.07', basic: '1137.99', project: '771.08' });
    expect(new Dec(unit.budget.basic).plus(unit.budget.project).toFixed(2)).toBe(unit.budget.total);
    expect(unit.tasks.map((t) => t.name)).toEqual([
      '文化卫生健康服务',
      '党政便民服务',
      '社会治安综合治理',
      '社区建设服务',
      '产业发展服务',
      '综合执法',
    ]);
    const rows = unit.indicators;
    expect(rows.filter((r) => r.level1 === '投入管理指标')).toHaveLength(20);
    expect(rows.find((r) => r.name === '预算调整率')?.target).toBe('≤20%');
    expect(rows.find((r) => r.name === '信访劝返率')?.target).toBe('较大提高');
    expect(rows.find((r) => r.name === '辖区居民满意度')?.target).toBe('≥98%');
  });

  it('reassembled split cells', () => {
    const party = project(SEED_004, '410303220000000013451');
    expect(indicator(party, '党员学习覆盖人次').target).toBe('≥2000人次');
    const jobs = project(SEED_004, '410303220000000013467');
    expect(jobs.amountTotal).toBe('530.00');
    expect(indicator(jobs, '聘用人员每人每年工资').target).toBe('3.32万元/人');
    const general = project(SEED_004, '410303220000000016002');
    expect(indicator(general, '总成本').target).toBe('≤178.46万元');
    expect(indicator(general, '采购频率').target).toBe('每季度一次');
    const travel = project(SEED_004, '410303220000000013469');
    expect(travel.name).toBe('服务群众专项经费-差旅费');
    expect(indicator(travel, '每年信访值班差旅费').target).toBe('≤12万元');
    const car = project(SEED_004, '410303220000000006776');
    expect(car.amountTotal).toBe('2.40');
    expect(car.indicators.filter((i) => i.level1 === '满意度指标')).toHaveLength(4);
    expect(indicator(car, '每辆公车成本费用').target).toBe('≤1.2万元');
    expect(project(SEED_004, '410303230000000018716').amountTotal).toBe('0.02');
  });

  it('every project with indicators has all four column groups', () => {
    for (const p of SEED_004.projects) {
      if (p.indicators.length === 0) continue;
      const groups = new Set(p.indicators.map((i) => i.level1));
      expect([...groups]).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
    }
    const empty = SEED_004.projects.filter((p) => p.indicators.length === 0).map((p) => p.code);
    expect(empty).toEqual(['410303230000000018719', '410303230000000018720']);
  });
});
