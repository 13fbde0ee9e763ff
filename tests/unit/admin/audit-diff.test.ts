import { diffRecords, flattenRecord, formatLeaf } from '../../../admin/resources/audit-logs/diff';

describe('audit log before/after diff', () => {
  it('flattens nested objects and arrays to the server field paths', () => {
    const flat = flattenRecord({
      name: '党建工作经费',
      spendPlan: { q1: '0', q2: '50' },
      goals: ['目标一'],
      indicators: [{ target: '≥95%' }],
      tags: [],
    });
    expect([...flat.entries()]).toEqual([
      ['name', '党建工作经费'],
      ['spendPlan.q1', '0'],
      ['spendPlan.q2', '50'],
      ['goals.0', '目标一'],
      ['indicators.0.target', '≥95%'],
      ['tags', []],
    ]);
  });

  it('marks only the changed fields of an update', () => {
    const rows = diffRecords(
      { name: '西工区', code: '410303', parentId: null },
      { name: '洛阳市西工区', code: '410303', parentId: null },
    );
    expect(rows.filter((row) => row.changed)).toEqual([
      { path: 'name', before: '西工区', after: '洛阳市西工区', changed: true },
    ]);
    expect(rows).toHaveLength(3);
  });

  it('treats a decimal string with other trailing zeros as a change, never parsing it', () => {
    const [row] = diffRecords({ amountTotal: '23.7173' }, { amountTotal: '23.71730' });
    expect(row.changed).toBe(true);
    expect(formatLeaf(row.after)).toBe('23.71730');
  });

  it('lists every field of a created record as added and of a deleted one as removed', () => {
    expect(diffRecords(null, { code: '313001', name: '社区治理办' })).toEqual([
      { path: 'code', before: undefined, after: '313001', changed: true },
      { path: 'name', before: undefined, after: '社区治理办', changed: true },
    ]);
    expect(diffRecords({ code: '313001' }, null)).toEqual([
      { path: 'code', before: '313001', after: undefined, changed: true },
    ]);
  });

  it('keeps the order of before, then fields only after has', () => {
    const rows = diffRecords({ b: 1, a: 1 }, { c: 1, a: 2, b: 1 });
    expect(rows.map((row) => row.path)).toEqual(['b', 'a', 'c']);
  });

  it('formats leaves for reading: strings as is, booleans in Chinese, empties blank', () => {
    expect(formatLeaf('≤3.33 万元')).toBe('≤3.33 万元');
    expect(formatLeaf(true)).toBe('是');
    expect(formatLeaf(false)).toBe('否');
    expect(formatLeaf(null)).toBe('');
    expect(formatLeaf(undefined)).toBe('');
    expect(formatLeaf(12)).toBe('12');
    expect(formatLeaf([])).toBe('[]');
  });
});
