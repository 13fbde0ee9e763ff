import { Dec } from '../../../shared/decimal';
import {
  add,
  canonicalDecimal,
  cmp,
  mul,
  mulDivRound,
  roundTo,
  shift,
  sub,
} from '../../../shared/scoring/exact';
import { decimal, int, prng } from './prng';

const ref = (d: InstanceType<typeof Dec>, places: number, mode: 'half-up' | 'down') =>
  d
    .toDecimalPlaces(places, mode === 'half-up' ? Dec.ROUND_HALF_UP : Dec.ROUND_DOWN)
    .toFixed(places);

describe('exact decimal helpers', () => {
  it('rounds 0.11 × 10 ÷ 0.8 = 1.375 up to 1.38', () => {
    expect(mulDivRound('0.11', '10', '0.8')).toBe('1.38');
  });

  it('rounds a half away from zero, and truncates toward zero', () => {
    expect(mulDivRound('-1', '1', '8')).toBe('-0.13');
    expect(mulDivRound('2', '10', '3', 2, 'down')).toBe('6.66');
    expect(mulDivRound('-2', '10', '3', 2, 'down')).toBe('-6.66');
    expect(mulDivRound('2', '10', '3', 0)).toBe('7');
  });

  it('returns null for a division by zero', () => {
    expect(mulDivRound('1', '1', '0')).toBeNull();
    expect(mulDivRound('1', '1', '0.00')).toBeNull();
  });

  it('formats canonical decimals', () => {
    expect(canonicalDecimal('088.10')).toBe('88.1');
    expect(canonicalDecimal('-0.0')).toBe('0');
    expect(add('0.1', '0.2')).toBe('0.3');
    expect(sub('1', '1.25')).toBe('-0.25');
    expect(shift('1896', -2)).toBe('18.96');
    expect(shift('1.64', 4)).toBe('16400');
    expect(roundTo('5')).toBe('5.00');
    expect(roundTo('2.675')).toBe('2.68');
  });

  it('agrees with decimal.js on random operands, on the integer path and the fallback', () => {
    const rand = prng(7);
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const big = i % 5 === 0;
      const a = decimal(rand, big ? 14 : 6, big ? 8 : 4, true);
      const b = decimal(rand, big ? 12 : 4, 4, true);
      let c = decimal(rand, big ? 12 : 6, 4, true);
      if (new Dec(c).isZero()) c = '1';
      const places = int(rand, 0, 4);
      const mode = rand() < 0.5 ? 'half-up' : 'down';
      const checks: [string, boolean][] = [
        [
          'mulDivRound',
          mulDivRound(a, b, c, places, mode) === ref(new Dec(a).mul(b).div(c), places, mode),
        ],
        ['cmp', cmp(a, b) === new Dec(a).cmp(b)],
        ['add', new Dec(add(a, b)).eq(new Dec(a).add(b))],
        ['sub', new Dec(sub(a, b)).eq(new Dec(a).sub(b))],
        ['mul', new Dec(mul(a, b)).eq(new Dec(a).mul(b))],
        ['roundTo', roundTo(a, places, mode) === ref(new Dec(a), places, mode)],
      ];
      for (const [name, ok] of checks)
        if (!ok) mismatches.push(`${name}(${a}, ${b}, ${c}, ${places}, ${mode})`);
    }
    expect(mismatches).toEqual([]);
  });

  it('stays exact beyond the safe-integer range', () => {
    expect(mulDivRound('123456789012345678.5', '1', '1', 0)).toBe('123456789012345679');
    expect(add('9007199254740993', '1')).toBe('9007199254740994');
    expect(cmp('9007199254740993', '9007199254740992')).toBe(1);
  });
});
