import { describe, expect, it } from 'vitest';
import { judgePriorityOf } from './judge-queue.service';

describe('judgePriorityOf', () => {
  it('puts interview work first whatever the mode, then submits, then runs', () => {
    expect(judgePriorityOf({ mode: 'run', interviewSessionId: 'a' })).toBe('Interview');
    expect(judgePriorityOf({ mode: 'submit', interviewSessionId: 'a' })).toBe('Interview');
    expect(judgePriorityOf({ mode: 'submit', interviewSessionId: null })).toBe('Submit');
    expect(judgePriorityOf({ mode: 'run', interviewSessionId: null })).toBe('Run');
  });
});
