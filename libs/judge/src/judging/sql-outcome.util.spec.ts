import { describe, expect, it } from 'vitest';
import { sqlTestOutcome } from './sql-outcome.util';

const ran = (outcome: unknown, exitCode = 0) => ({
  termination: 'exited' as const,
  exitCode,
  stderr: Buffer.from('boom'),
  result: Buffer.from(JSON.stringify(outcome)),
});
const test = { name: 'sample/1', group: 'sample', answer: '{"columns":["n"],"rows":[[1],[2]]}' };

describe('sqlTestOutcome', () => {
  it('accepts an equal result set and keeps it as `actual`', () => {
    const r = sqlTestOutcome(ran({ status: 'ok', columns: ['n'], rows: [[1], [2]] }), test, true, 2000);
    expect(r).toEqual({ verdict: 'accepted', actual: '{"columns":["n"],"rows":[[1],[2]]}' });
  });
  it('a different result set: wrong_answer with the first differing row', () => {
    const r = sqlTestOutcome(ran({ status: 'ok', columns: ['n'], rows: [[1], [3]] }), test, true, 2000);
    expect(r.verdict).toBe('wrong_answer');
    expect(r.sqlDiff).toEqual({ reason: 'row', row: 1, expected: [2], actual: [3] });
  });
  it("maps the runner's reports to the candidate's verdicts", () => {
    expect(sqlTestOutcome(ran({ status: 'timeout' }), test, true, 2000)).toMatchObject({
      verdict: 'time_limit_exceeded',
      message: 'the statement ran longer than the 2.0 s time limit',
    });
    expect(sqlTestOutcome(ran({ status: 'row_limit', limit: 10000 }), test, true, 2000).verdict).toBe(
      'output_limit_exceeded',
    );
    expect(sqlTestOutcome(ran({ status: 'error', message: 'division by zero' }), test, true, 2000)).toEqual({
      verdict: 'runtime_error',
      message: 'division by zero',
    });
  });
  it("a data script that does not load is ours for the problem's tests, the candidate's for custom input", () => {
    const bad = ran({ status: 'data_error', message: 'no table t' });
    expect(sqlTestOutcome(bad, test, true, 2000).verdict).toBe('internal_error');
    expect(sqlTestOutcome(bad, { name: 'custom/1', group: 'custom' }, true, 2000).verdict).toBe('runtime_error');
  });
  it('custom input: the result set, nothing to compare', () => {
    const r = sqlTestOutcome(
      ran({ status: 'ok', columns: ['n'], rows: [] }),
      { name: 'c', group: 'custom' },
      true,
      2000,
    );
    expect(r).toEqual({ verdict: 'accepted', actual: '{"columns":["n"],"rows":[]}' });
  });
  it('a runner that crashed or reported nothing is ours', () => {
    expect(sqlTestOutcome(ran({ status: 'ok' }, 1), test, true, 2000).verdict).toBe('internal_error');
    expect(
      sqlTestOutcome(
        { termination: 'exited', exitCode: 0, stderr: Buffer.from(''), result: Buffer.from('') },
        test,
        true,
        2000,
      ).verdict,
    ).toBe('internal_error');
  });
});
