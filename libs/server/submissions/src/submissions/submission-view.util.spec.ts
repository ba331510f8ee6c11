import { describe, expect, it } from 'vitest';
import { displayText } from '@tryout/judge';
import { clip, eventRank, hiddenTestName, snapshotEvent, viewEvent, viewTest } from './submission-view.util';

describe('viewTest / hiddenTestName', () => {
  const hidden = {
    index: 3,
    name: 'Hidden test 2',
    hidden: true,
    verdict: 'wrong_answer' as const,
    cpuMs: 5,
    wallMs: 6,
    memoryKb: 7,
    input: 'x',
    expected: 'y',
    actual: 'z',
    stderr: 's',
    message: 'm',
    exitCode: 1,
    signal: 'SIGKILL',
  };
  it('shows a candidate only the verdict of a hidden test', () => {
    expect(viewTest(hidden, false)).toEqual({ index: 3, name: 'Hidden test 2', hidden: true, verdict: 'wrong_answer' });
  });
  it('shows an admin the figures of a hidden test, never its data', () => {
    expect(viewTest(hidden, true)).toEqual({
      index: 3,
      name: 'Hidden test 2',
      hidden: true,
      verdict: 'wrong_answer',
      cpuMs: 5,
      wallMs: 6,
      memoryKb: 7,
      exitCode: 1,
      signal: 'SIGKILL',
    });
  });
  it('leaves visible tests whole', () => {
    const visible = { ...hidden, hidden: false, name: 'sample/1' };
    expect(viewTest(visible, false)).toBe(visible);
  });
  it('numbers hidden tests from 1 after the samples', () => {
    expect(hiddenTestName(2, 2)).toBe('Hidden test 1');
    expect(hiddenTestName(4, 2)).toBe('Hidden test 3');
  });
});

describe('viewEvent', () => {
  const verdict = {
    type: 'verdict' as const,
    submissionId: 's',
    status: 'finished' as const,
    verdict: 'accepted' as const,
    cpuMs: 1234,
    memoryKb: 9000,
  };
  it('rounds the verdict figures for candidates, not for admins', () => {
    expect(viewEvent(verdict, false)).toMatchObject({ cpuMs: 2000, memoryKb: 10 * 1024 });
    expect(viewEvent(verdict, true)).toEqual(verdict);
  });
  it('withholds progress through hidden tests from candidates, not from admins', () => {
    const running = {
      type: 'running' as const,
      submissionId: 's',
      done: 3,
      total: 4,
      test: {
        index: 2,
        name: 'Hidden test 1',
        hidden: true,
        verdict: 'accepted' as const,
        cpuMs: 250,
        wallMs: 750,
        memoryKb: 1,
      },
    };
    expect(viewEvent(running, false)).toBeUndefined();
    expect(viewEvent(running, true)).toEqual(running);
    const sample = { ...running, done: 1, test: { ...running.test, index: 0, name: 'sample/1', hidden: false } };
    expect(viewEvent(sample, false)).toEqual(sample);
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
