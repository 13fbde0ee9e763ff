import { Dec } from '../../../shared/decimal';
import {
  checkTargets,
  gradeOf,
  parseValue,
  scoreSheet,
  validateSheetShape,
  validateTemplate,
  GRADES,
  type EvaluationSheet,
  type ScoringTemplate,
  type TargetDoc,
} from '../../../shared/scoring';
import { decimal, int, pick, prng } from './prng';

const ALPHABET = [
  ...'0123456789.,-+%≥≤<>=＞＜≧≦％，．～~ 万元个人次种天年月日以上下内不低于超过每季度按时前底之及时有效提高合规/\n\t',
  '１',
  '５',
  '\u0000',
  '😀',
  '\uD800',
  '百分比',
  '人次',
  '-',
];

function randomText(rand: () => number, max = 24): string {
  let s = '';
  const n = int(rand, 0, max);
  for (let i = 0; i < n; i++) s += pick(rand, ALPHABET);
  return s;
}

/** Plausible values most of the time, junk sometimes. */
function value(rand: () => number): string {
  const r = rand();
  if (r < 0.25)
    return `${pick(rand, ['≥', '≤', '', '=', '>'])}${decimal(rand, 4, 3)}${pick(rand, ['%', '万元', '元', '个', '人次', '', '天'])}`;
  if (r < 0.35) return `${decimal(rand, 2, 0)}-${decimal(rand, 3, 0)} 个`;
  if (r < 0.5)
    return pick(rand, [
      '有效保障',
      '100%',
      '是',
      '已完成',
      '未完成',
      '年底之前',
      '每月一次',
      '0%',
      '',
    ]);
  return randomText(rand);
}

function junk(rand: () => number): unknown {
  return pick(rand, [
    undefined,
    null,
    42,
    -1,
    true,
    {},
    [],
    'x',
    '',
    '1e5',
    'NaN',
    '-0',
    '00.10',
    decimal(rand, 20, 12, true),
  ]);
}

function maybe<T>(rand: () => number, good: () => T, p = 0.9): unknown {
  return rand() < p ? good() : junk(rand);
}

function randomSheet(rand: () => number): unknown {
  const rows = Array.from({ length: int(rand, 0, 12) }, () =>
    maybe(rand, () => ({
      level1: maybe(rand, () =>
        pick(rand, [
          '成本指标',
          '产出指标',
          '效益指标',
          '满意度指标',
          '投入管理指标',
          '',
          randomText(rand, 6),
        ]),
      ),
      level2: maybe(rand, () =>
        pick(rand, ['经济成本指标', '数量指标', '成本指标', '服务对象满意度指标', '']),
      ),
      name: maybe(rand, () => randomText(rand, 8)),
      target: maybe(rand, () => value(rand)),
      actual: maybe(rand, () => value(rand)),
      weight: maybe(rand, () => decimal(rand, 2, 2, true)),
      score: rand() < 0.4 ? maybe(rand, () => decimal(rand, 2, 3, true)) : undefined,
      level: rand() < 0.2 ? pick(rand, ['达成', '部分达成', '未达成', '优']) : undefined,
      applicable: rand() < 0.1 ? pick(rand, [false, true, 'no']) : undefined,
      reason: rand() < 0.3 ? randomText(rand) : undefined,
    })),
  );
  return maybe(rand, () => ({
    kind: maybe(rand, () => pick(rand, ['project', 'department'])),
    template:
      rand() < 0.7
        ? pick(rand, ['henan-project-2023', 'mof-project-2020', 'dept-overall-2023', 'nope'])
        : undefined,
    budget: maybe(rand, () => ({
      initial: maybe(rand, () => decimal(rand, 5, 2)),
      adjusted: maybe(rand, () => (rand() < 0.1 ? '0' : decimal(rand, 5, 2, true))),
      executed: maybe(rand, () => decimal(rand, 5, 4, true)),
      weight: maybe(rand, () => pick(rand, ['10', '20', '0', '-5'])),
    })),
    fundManagement:
      rand() < 0.8
        ? Array.from({ length: int(rand, 0, 5) }, () =>
            maybe(rand, () => ({
              item: '安排科学性',
              weight: '5',
              score: decimal(rand, 1, 2, true),
            })),
          )
        : junk(rand),
    indicators: rand() < 0.95 ? rows : junk(rand),
    reported:
      rand() < 0.5
        ? maybe(rand, () => ({
            executionRate: maybe(rand, () => decimal(rand, 3, 2)),
            total: maybe(rand, () => decimal(rand, 3, 2)),
            grade: pick(rand, ['优', '差', 'A']),
          }))
        : undefined,
    summary: rand() < 0.3 ? pick(rand, ['未完成年度目标任务', randomText(rand)]) : undefined,
  }));
}

describe('never throws', () => {
  it('parseValue on random strings', () => {
    const rand = prng(1);
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(rand, i % 100 === 0 ? 600 : 24);
      const parsed = parseValue(text);
      expect(['quantitative', 'qualitative', 'unparsed']).toContain(parsed.kind);
      expect(parsed.raw).toBe(text);
      if (parsed.kind === 'quantitative') expect(new Dec(parsed.value).isFinite()).toBe(true);
    }
  });

  it('scoreSheet, validateSheetShape and checkTargets on random sheets, with consistent results', () => {
    const rand = prng(2);
    for (let i = 0; i < 3_000; i++) {
      const input = randomSheet(rand);
      const shape = validateSheetShape(input);
      const result = scoreSheet(input as EvaluationSheet);
      // The total is the sum of the sections, graded by the bands.
      const sum = result.sections.reduce((s, section) => s.add(section.score), new Dec(0));
      expect(sum.toFixed(2)).toBe(result.total);
      expect(result.grade).toBe(gradeOf(result.total));
      for (const row of result.indicators) {
        expect(row.score).toMatch(/^-?\d+\.\d{2}$/);
        if (row.ruleScore !== null) {
          expect(new Dec(row.ruleScore).gte(0) && new Dec(row.ruleScore).lte(row.weight)).toBe(
            true,
          );
        }
      }
      if (shape.ok) expect(scoreSheet(shape.sheet).total).toBe(result.total);
      const doc = (typeof input === 'object' && input !== null ? input : {}) as TargetDoc;
      expect(
        Array.isArray(
          checkTargets({
            kind: 'project',
            indicators: Array.isArray(doc.indicators) ? doc.indicators : [],
          }),
        ),
      ).toBe(true);
    }
  });

  it('scoreSheet with malformed admin templates', () => {
    const rand = prng(4);
    for (let i = 0; i < 2_000; i++) {
      const broken = {
        id: 'broken',
        name: junk(rand),
        kind: pick(rand, ['project', 'department', junk(rand)]),
        sections: maybe(rand, () => [
          junk(rand),
          { id: 'execution', name: junk(rand), weight: maybe(rand, () => '10') },
          {
            id: 'fundManagement',
            weight: '20',
            items: maybe(rand, () => [junk(rand), { name: '安排科学性', weight: junk(rand) }]),
          },
          {
            id: 'indicators',
            weight: maybe(rand, () => '70'),
            groups: maybe(rand, () => [
              junk(rand),
              { name: 'x', match: [junk(rand), '产出'], weight: junk(rand), strict: junk(rand) },
            ]),
          },
        ]),
        grades: maybe(rand, () => [
          junk(rand),
          { grade: '优', min: junk(rand) },
          { grade: '差', min: '0' },
        ]),
        options: maybe(rand, () => ({
          reverseRule: junk(rand),
          executionRounding: junk(rand),
          lowExecutionShare: junk(rand),
        })),
      } as unknown as ScoringTemplate;
      const result = scoreSheet(
        { ...(randomSheet(rand) as EvaluationSheet), template: 'broken' },
        { templates: { broken } },
      );
      expect(result.findings.some((f) => f.code === 'INVALID_TEMPLATE')).toBe(true);
      expect(GRADES).toContain(result.grade);
    }
  });

  it('validateTemplate on random input', () => {
    const rand = prng(3);
    for (let i = 0; i < 2_000; i++) {
      const t = {
        id: maybe(rand, () => 'x'),
        name: junk(rand),
        kind: junk(rand),
        sections: maybe(rand, () => [junk(rand), { id: 'execution', weight: junk(rand) }]),
        grades: junk(rand),
        options: junk(rand),
      };
      expect(validateTemplate(t).length).toBeGreaterThan(0);
    }
  });
});
