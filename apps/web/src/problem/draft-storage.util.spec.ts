import { describe, expect, it } from 'vitest';
import { draftKey, parseStoredDraft, pickDraft } from './draft-storage.util';

describe('draft storage', () => {
  it('keys drafts per user, problem and language', () => {
    expect(draftKey('u1', 'two-sum', 'python')).toBe('tryout:draft:u1:two-sum:python');
    expect(draftKey(null, 'two-sum', 'java')).toBe('tryout:draft:anonymous:two-sum:java');
  });

  it('parses only well-formed drafts', () => {
    expect(parseStoredDraft('{"source":"x","updatedAt":"2026-01-01T00:00:00Z"}')).toEqual({
      source: 'x',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect(parseStoredDraft('{"source":1}')).toBeNull();
    expect(parseStoredDraft('not json')).toBeNull();
    expect(parseStoredDraft(null)).toBeNull();
  });

  it('keeps the newer copy', () => {
    const older = { source: 'old', updatedAt: '2026-01-01T00:00:00Z' };
    const newer = { source: 'new', updatedAt: '2026-01-02T00:00:00Z' };
    expect(pickDraft(older, newer)).toBe(newer);
    expect(pickDraft(newer, older)).toBe(newer);
    expect(pickDraft(null, older)).toBe(older);
    expect(pickDraft(older, null)).toBe(older);
    expect(pickDraft(null, null)).toBeNull();
  });
});
