import { checkSum, displayAmount, sumAmounts } from '../../../admin/common/money';

describe('console amounts (万元) are added as exact decimals', () => {
  it('adds without binary-float drift', () => {
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.3');
    expect(sumAmounts(['3.2', '0.000001'])).toBe('3.200001');
  });

  it('counts blank cells as 0, as the paper tables do', () => {
    expect(sumAmounts(['11', '', undefined, null])).toBe('11');
  });

  it('gives up on a part that is not a number', () => {
    expect(sumAmounts(['11', '1,000'])).toBeNull();
    expect(checkSum('11', ['abc'])).toEqual({ parts: null, matches: null, difference: null });
  });

  it('says whether 资金总额 equals 财政资金 + 财政专户管理资金 + 单位资金, and by how much', () => {
    expect(checkSum('3.33', ['3.33', '0', '0'])).toMatchObject({ matches: true, difference: '0' });
    expect(checkSum('3.3', ['3.33', '0', '0'])).toEqual({
      parts: '3.33',
      matches: false,
      difference: '-0.03',
    });
    expect(checkSum('1909.07', ['1909.07', '', ''])).toMatchObject({ matches: true });
  });

  it('prints 2 decimals, more when the published value has more (never rounding them away)', () => {
    expect(displayAmount('11')).toBe('11.00');
    expect(displayAmount('3.2')).toBe('3.20');
    expect(displayAmount('23.7173')).toBe('23.7173');
    expect(displayAmount('89.974')).toBe('89.974');
    expect(displayAmount('')).toBe('');
    expect(displayAmount('n/a')).toBe('n/a');
  });
});
