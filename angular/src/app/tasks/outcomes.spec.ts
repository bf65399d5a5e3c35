import { SubmissionKeys, commentMissing, outcomeButtons } from './outcomes';

describe('outcomes', () => {
  it('makes one button per outcome of the task, in the model\'s order', () => {
    expect(outcomeButtons(['approve', 'reject', 'return']).map((b) => [b.outcome, b.tone, b.commentRequired])).toEqual([
      ['approve', 'primary', false],
      ['reject', 'danger', true],
      ['return', 'default', true],
    ]);
    expect(outcomeButtons(['complete', 'supplement']).map((b) => b.outcome)).toEqual(['complete', 'supplement']);
  });

  it('offers a single "complete" when the model declares no outcomes', () => {
    expect(outcomeButtons([]).map((b) => b.outcome)).toEqual(['complete']);
    expect(outcomeButtons(undefined).map((b) => b.outcome)).toEqual(['complete']);
  });

  it('requires a comment to reject or return, not to approve', () => {
    expect(commentMissing('reject', '')).toBe(true);
    expect(commentMissing('return', '   ')).toBe(true);
    expect(commentMissing('return', 'Thiếu văn bản cam kết')).toBe(false);
    expect(commentMissing('approve', '')).toBe(false);
  });

  it('reuses the Idempotency-Key for a retry of the same submission and makes a new one otherwise', () => {
    let n = 0;
    const keys = new SubmissionKeys(() => `key-${++n}`);
    const first = keys.keyFor('t1', 'approve', 'Đồng ý');
    expect(keys.keyFor('t1', 'approve', 'Đồng ý ')).toBe(first);
    expect(keys.keyFor('t1', 'reject', 'Đồng ý')).not.toBe(first);
    keys.reset();
    expect(keys.keyFor('t1', 'reject', 'Đồng ý')).toBe('key-3');
  });
});
