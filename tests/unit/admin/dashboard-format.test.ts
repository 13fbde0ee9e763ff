import {
  delta,
  formatPercent,
  formatScore,
  formatWan,
  gradeOfBin,
  groupDigits,
  hasData,
  share,
} from '../../../admin/dashboard/format';
import { dashboardPath, dashboardSearch, intOf, withYear } from '../../../admin/dashboard/params';

describe('dashboard figures are shown from the server’s decimal strings, exactly', () => {
  it('prints amounts in 万元 with 2 decimals and thousands separators', () => {
    expect(formatWan('2156.2')).toBe('2,156.20');
    expect(formatWan('1932.63')).toBe('1,932.63');
    expect(formatWan('23.7173')).toBe('23.72');
    expect(formatWan('1234567.005')).toBe('1,234,567.01');
    expect(formatWan('0')).toBe('0.00');
    expect(formatWan('-1234.5')).toBe('-1,234.50');
  });

  it('rounds half up like the official tables, never through binary floats', () => {
    // 1.005 is 1.00499999… as a double: toFixed(2) on a number would give 1.00.
    expect(formatWan('1.005')).toBe('1.01');
    expect(formatPercent('89.625')).toBe('89.63%');
    expect(formatScore('92.8')).toBe('92.80');
  });

  it('shows a dash for what is missing', () => {
    expect(formatWan(null)).toBe('—');
    expect(formatPercent(null)).toBe('—');
    expect(formatScore(undefined)).toBe('—');
    expect(formatWan('abc')).toBe('—');
  });

  it('groups digits of the integer part only', () => {
    expect(groupDigits('1234567.1234')).toBe('1,234,567.1234');
    expect(groupDigits('999')).toBe('999');
  });

  it('gives the grade shares of the seed 002 self-evaluations: 6 优, 2 良, 1 中 of 9', () => {
    expect(share(6, 9)).toBe('66.67');
    expect(share(2, 9)).toBe('22.22');
    expect(share(1, 9)).toBe('11.11');
    expect(share(0, 0)).toBeNull();
  });

  it('states the change on last year per kind of figure', () => {
    expect(delta(8, 5, 'count')).toEqual({ text: '+3', sign: 1 });
    expect(delta('2156.2', '2200', 'amount')).toEqual({ text: '−43.80 万元', sign: -1 });
    expect(delta('89.63', '88.5', 'rate')).toEqual({ text: '+1.13 个百分点', sign: 1 });
    expect(delta('90.04', '90.04', 'score')).toEqual({ text: '持平', sign: 0 });
    expect(delta('0.3', '0.1', 'amount')).toEqual({ text: '+0.20 万元', sign: 1 });
  });

  it('claims no change when either year has no figure', () => {
    expect(delta(null, '90', 'score')).toBeNull();
    expect(delta('89.63', null, 'rate')).toBeNull();
  });

  it('knows whether a year has data at all', () => {
    expect(hasData({ projects: 0, evaluations: 0 })).toBe(false);
    expect(hasData({ projects: 5, evaluations: 0 })).toBe(true);
  });

  it('colours a histogram bin by the grade band it lies in', () => {
    expect(gradeOfBin(null)).toBe('差');
    expect(gradeOfBin('60')).toBe('中');
    expect(gradeOfBin('70')).toBe('中');
    expect(gradeOfBin('80')).toBe('良');
    expect(gradeOfBin('90')).toBe('优');
  });
});

describe('dashboard location', () => {
  it('keeps the year and the organisation in the query string', () => {
    expect(dashboardSearch(2023, 2)).toBe('?year=2023&orgId=2');
    expect(dashboardSearch(2023, null)).toBe('?year=2023');
    expect(dashboardSearch(undefined, undefined)).toBe('');
    expect(dashboardPath(2021, 6)).toBe('/?year=2021&orgId=6');
  });

  it('reads only positive integers back', () => {
    expect(intOf('2023')).toBe(2023);
    expect(intOf('0')).toBeUndefined();
    expect(intOf('-1')).toBeUndefined();
    expect(intOf('2e3')).toBeUndefined();
    expect(intOf(null)).toBeUndefined();
  });

  it('offers a typed-in year alongside the years with data, newest first', () => {
    expect(withYear([2023, 2022, 2021], 2022)).toEqual([2023, 2022, 2021]);
    expect(withYear([2023], 2019)).toEqual([2023, 2019]);
    expect(withYear([2021, 2020], 2024)).toEqual([2024, 2021, 2020]);
  });
});
