import { normaliseUnit, parseValue, type ParsedValue } from '../../../shared/scoring';
import { SEED_002_DEPARTMENT, SEED_002_PROJECTS } from '../../../server/modules/demo/data/seed-002';
import { AWKWARD_VALUES, SEED_VALUES, type ExpectedParse } from './seed-values';

function shapeOf(parsed: ParsedValue): ExpectedParse {
  if (parsed.kind === 'quantitative') {
    const { kind, comparator, value, unit, direction } = parsed;
    return parsed.upper === undefined
      ? { kind, comparator, value, unit, direction }
      : { kind, comparator, value, upper: parsed.upper, unit, direction };
  }
  if (parsed.kind === 'qualitative') return { kind: parsed.kind, subtype: parsed.subtype };
  return { kind: 'unparsed' };
}

describe('parseValue on every 指标值 and 实际完成值 of the seeds', () => {
  it.each(SEED_VALUES.map((v) => [v.value, v.seeds.join(','), v.expect] as const))(
    'parses %j (seed %s)',
    (value, _seeds, expected) => {
      expect(shapeOf(parseValue(value))).toEqual(expected);
    },
  );

  it('lists each seed value once', () => {
    const values = SEED_VALUES.map((v) => v.value);
    expect(new Set(values).size).toBe(values.length);
  });

  it('covers every target and actual of the seed-002 fixture', () => {
    const listed = new Set(SEED_VALUES.map((v) => v.value));
    const rows = [
      ...SEED_002_PROJECTS.flatMap((p) => p.indicators),
      ...SEED_002_DEPARTMENT.indicators,
    ];
    const missing = rows.flatMap((r) => [r.target, r.actual]).filter((v) => !listed.has(v));
    expect(missing).toEqual([]);
  });
});

describe('parseValue on awkward forms', () => {
  it.each(AWKWARD_VALUES.map((v) => [v.value, v.expect] as const))(
    'parses %j',
    (value, expected) => {
      expect(shapeOf(parseValue(value))).toEqual(expected);
    },
  );
});

describe('parseValue details', () => {
  it('keeps the raw text as typed', () => {
    const parsed = parseValue('≥2000人 次');
    expect(parsed.raw).toBe('≥2000人 次');
  });

  it('normalises the PDF spaces of a qualitative text', () => {
    const parsed = parseValue('2022 年 1 月-2022 年 12 月');
    expect(parsed).toMatchObject({
      kind: 'qualitative',
      subtype: 'deadline',
      text: '2022年1月-2022年12月',
    });
  });

  it('says why it could not parse, in Chinese', () => {
    const parsed = parseValue('');
    expect(parsed).toEqual({ kind: 'unparsed', raw: '', reason: '空值' });
    const numeric = parseValue('3个降低成本');
    expect(numeric.kind === 'unparsed' && numeric.reason).toMatch(/数字/);
  });

  it('returns the same frozen object for a repeated value', () => {
    const a = parseValue('≥95%');
    expect(parseValue('≥95%')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('refuses text after a number that is not a unit', () => {
    expect(parseValue('5个项目全部完成').kind).toBe('unparsed');
  });

  it('does not throw on non-string input', () => {
    expect(parseValue(undefined as unknown as string).kind).toBe('unparsed');
    expect(parseValue(42 as unknown as string).kind).toBe('unparsed');
  });
});

describe('normaliseUnit', () => {
  it.each([
    ['百分比', '%'],
    ['万元', '万元'],
    ['万', '万'],
    ['万元/人', '万元/人'],
    ['人次', '人次'],
    ['㎡', '平方米'],
    ['', ''],
  ])('normalises %j to %j', (unit, expected) => {
    expect(normaliseUnit(unit)).toBe(expected);
  });

  it('rejects text that is not a unit', () => {
    expect(normaliseUnit('个项目全部完成')).toBeNull();
    expect(normaliseUnit('月31日前')).toBeNull();
  });
});
