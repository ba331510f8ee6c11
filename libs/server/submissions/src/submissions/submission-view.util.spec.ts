import { describe, expect, it } from 'vitest';
import { displayText } from '@tryout/judge';
import { clip, eventRank, redactHidden, snapshotEvent } from './submission-view.util';

describe('redactHidden', () => {
  it('keeps verdict and resources only', () => {
    const r = redactHidden(
      {
        index: 3,
        name: 'secret/big',
        hidden: true,
        verdict: 'wrong_answer',
        cpuMs: 5,
        wallMs: 6,
        memoryKb: 7,
        input: 'x',
        expected: 'y',
        actual: 'z',
        stderr: 's',
        message: 'm',
      },
      1,
    );
    expect(r).toEqual({
      index: 3,
      name: 'Hidden test 1',
      hidden: true,
      verdict: 'wrong_answer',
      cpuMs: 5,
      wallMs: 6,
      memoryKb: 7,
    });
  });
});

describe('snapshotEvent / eventRank', () => {
  const base = {
    id: 's',
    verdict: null,
    cpuMs: null,
    memoryKb: null,
    compileOutput: null,
    testsDone: 2,
    testsTotal: 5,
  };
  it('maps each status to the event a live client would have seen last', () => {
    expect(snapshotEvent({ ...base, status: 'queued' })).toEqual({
      type: 'status',
      submissionId: 's',
      status: 'queued',
    });
    expect(snapshotEvent({ ...base, status: 'running' })).toEqual({
      type: 'running',
      submissionId: 's',
      done: 2,
      total: 5,
    });
    expect(snapshotEvent({ ...base, status: 'finished', verdict: 'accepted', cpuMs: 1, memoryKb: 2 })).toMatchObject({
      type: 'verdict',
      verdict: 'accepted',
    });
  });
  it('orders queued < compiling < running k < verdict', () => {
    const ranks = [
      eventRank({ type: 'status', submissionId: 's', status: 'queued' }),
      eventRank({ type: 'status', submissionId: 's', status: 'compiling' }),
      eventRank({ type: 'running', submissionId: 's', done: 0, total: 3 }),
      eventRank({ type: 'running', submissionId: 's', done: 3, total: 3 }),
      eventRank({ type: 'verdict', submissionId: 's', status: 'finished', verdict: 'accepted', cpuMs: 0, memoryKb: 0 }),
    ];
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});

describe('clip', () => {
  it('cuts long text and says how much', () => {
    expect(clip('abcdef', 3)).toBe('abc\n… (3 more characters)');
    expect(clip(null)).toBeNull();
    expect(clip('ab', 3)).toBe('ab');
  });

  it('keeps the judge’s capped output whole: its note is never cut off by a second cap', () => {
    const shown = displayText(Buffer.alloc(8 * 1024 * 1024, 'x'));
    expect(clip(shown)).toBe(shown);
    expect(shown).toMatch(/\n… \(\d+ more bytes\)$/);
  });
});
