import { canonical, Dec } from '../../../shared/decimal';
import { decodeDecimal, setDecimalStorage } from '../../../server/database/decimal';

/** What decodeDecimal answered before it trimmed plain literals as text: always through Dec. */
const reference = (raw: string, scale: number, fixed: boolean) =>
  fixed ? new Dec(raw).toFixed(scale) : canonical(raw);

describe('decodeDecimal of MySQL DECIMAL literals', () => {
  beforeAll(() => setDecimalStorage('native'));

  it('trims and keeps digits as the Decimal path does', () => {
    const cases: [string, number, boolean, string][] = [
      ['12.500000', 6, false, '12.5'],
      ['100.000000', 6, false, '100'],
      ['0.000000', 6, false, '0'],
      ['0.100000', 6, false, '0.1'],
      ['999999999.999999', 6, false, '999999999.999999'],
      ['10.0000', 4, false, '10'],
      ['7', 0, false, '7'],
      ['99.94', 2, true, '99.94'],
      ['0.00', 2, true, '0.00'],
      ['65', 2, true, '65.00'],
      ['-3.500000', 6, false, '-3.5'],
      ['-0.50', 2, true, '-0.50'],
    ];
    for (const [raw, scale, fixed, expected] of cases) {
      expect(decodeDecimal(raw, scale, fixed)).toBe(expected);
      expect(decodeDecimal(raw, scale, fixed)).toBe(reference(raw, scale, fixed));
    }
  });

  it('agrees with the Decimal path on many generated literals', () => {
    let seed = 20230101;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 5000; i += 1) {
      const scale = next() % 7;
      const int = String(next() % 10 ** (1 + (next() % 9)));
      const frac = scale ? `.${String(next() % 10 ** scale).padStart(scale, '0')}` : '';
      const raw = `${next() % 5 === 0 ? '-' : ''}${int}${frac}`;
      for (const fixed of [false, true])
        expect(decodeDecimal(raw, scale, fixed)).toBe(reference(raw, scale, fixed));
    }
  });

  it('still reads numbers and refuses what is not a decimal', () => {
    expect(decodeDecimal(1.5, 2, true)).toBe('1.50');
    expect(decodeDecimal(null, 2)).toBeNull();
    expect(() => decodeDecimal({}, 2)).toThrow(TypeError);
  });
});
