import { sameJson } from '../../../server/modules/evaluations/jobs/recompute.job';
import { JOB_ID_PATTERN, jobIds } from '../../../server/queue/queue.constants';

describe('the recompute compares stored and computed sheets as JSON', () => {
  it('ignores the order of object keys, which MySQL does not keep', () => {
    const computed = { total: '88.50', sections: [{ id: 'a', score: '9.00' }], grade: '良' };
    const stored = JSON.parse(
      '{"grade":"良","sections":[{"score":"9.00","id":"a"}],"total":"88.50"}',
    );
    expect(sameJson(computed, stored)).toBe(true);
  });

  it('reads members that are undefined as absent, like JSON.stringify', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
  });

  it('tells a changed figure, a missing or extra member and a changed list apart', () => {
    const base = { total: '88.50', findings: [{ code: 'X' }], review: null };
    expect(sameJson(base, { ...base, total: '88.51' })).toBe(false);
    expect(sameJson(base, { total: '88.50', findings: [{ code: 'X' }] })).toBe(false);
    expect(sameJson(base, { ...base, extra: 0 })).toBe(false);
    expect(sameJson(base, { ...base, findings: [] })).toBe(false);
    expect(sameJson(base, { ...base, findings: { 0: { code: 'X' } } })).toBe(false);
    expect(sameJson(base, { ...base, review: {} })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});

describe('recompute batches', () => {
  it('have ids BullMQ accepts, the same for a run that starts over, new for a new run', () => {
    const id = jobIds.batch(jobIds.recompute(2023, null), 1_700_000_000_000, 3);
    expect(id).toBe('recompute-2023-all-run1700000000000-3');
    expect(id).toMatch(JOB_ID_PATTERN);
    expect(id).not.toContain(':');
    expect(jobIds.batch(jobIds.recompute(2023, null), 1_700_000_000_001, 3)).not.toBe(id);
  });
});
