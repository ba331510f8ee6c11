import { describe, expect, it } from 'vitest';
import { compareDefault, parseDefaultValidatorFlags, splitFlags, ValidatorFlagsError } from './default.validator';

const opts = (flags = '') => parseDefaultValidatorFlags(splitFlags(flags));

describe('parseDefaultValidatorFlags', () => {
  it('defaults to case- and space-insensitive without tolerance', () => {
    expect(opts()).toEqual({ caseSensitive: false, spaceChangeSensitive: false });
  });
  it('reads every Kattis flag', () => {
    expect(
      opts('case_sensitive space_change_sensitive float_relative_tolerance 1e-6 float_absolute_tolerance 0.5'),
    ).toEqual({
      caseSensitive: true,
      spaceChangeSensitive: true,
      floatRelativeTolerance: 1e-6,
      floatAbsoluteTolerance: 0.5,
    });
    expect(opts('float_tolerance 1e-4')).toEqual({
      caseSensitive: false,
      spaceChangeSensitive: false,
      floatRelativeTolerance: 1e-4,
      floatAbsoluteTolerance: 1e-4,
    });
  });
  it('rejects unknown flags, missing values, repeats and float_tolerance mixed with the others', () => {
    expect(() => opts('ignore_case')).toThrow(ValidatorFlagsError);
    expect(() => opts('float_tolerance')).toThrow(/needs a non-negative number/);
    expect(() => opts('float_tolerance abc')).toThrow(ValidatorFlagsError);
    expect(() => opts('float_absolute_tolerance 1 float_absolute_tolerance 2')).toThrow(/twice/);
    expect(() => opts('float_tolerance 1 float_relative_tolerance 2')).toThrow(/cannot be combined/);
  });
});

describe('splitFlags', () => {
  it('accepts strings, arrays and nothing', () => {
    expect(splitFlags('  a  b\tc ')).toEqual(['a', 'b', 'c']);
    expect(splitFlags(['x', 'y'])).toEqual(['x', 'y']);
    expect(splitFlags(undefined)).toEqual([]);
    expect(splitFlags(null)).toEqual([]);
  });
});

describe('compareDefault', () => {
  it('ignores whitespace amount and kind by default', () => {
    expect(compareDefault('1  2\n3\r\n', '1 2 3', opts())).toEqual({ ok: true });
    expect(compareDefault('\t\v\f1 2 3\n\n\n', '1\n2\n3\n', opts())).toEqual({ ok: true });
    expect(compareDefault('', '', opts())).toEqual({ ok: true });
    expect(compareDefault('\n \n', '', opts())).toEqual({ ok: true });
  });
  it('treats other characters (e.g. non-breaking space) as part of tokens', () => {
    expect(compareDefault('1\u00a02', '1 2', opts()).ok).toBe(false);
  });
  it('is case-insensitive for ASCII letters unless case_sensitive', () => {
    expect(compareDefault('YES', 'yes', opts())).toEqual({ ok: true });
    expect(compareDefault('YES', 'yes', opts('case_sensitive'))).toEqual({
      ok: false,
      reason: 'line 1: expected "yes", got "YES"',
    });
    // Only ASCII folds: Kattis compares bytes.
    expect(compareDefault('Ä', 'ä', opts()).ok).toBe(false);
  });
  it('names the first differing token and its line', () => {
    expect(compareDefault('1\n2\n4\n', '1\n2\n3\n', opts())).toEqual({
      ok: false,
      reason: 'line 3: expected "3", got "4"',
    });
  });
  it('reports missing and extra tokens', () => {
    expect(compareDefault('1 2', '1 2 3', opts())).toEqual({
      ok: false,
      reason: 'output ended early: expected "3" on line 1',
    });
    expect(compareDefault('1 2 3\n4', '1 2 3', opts())).toEqual({
      ok: false,
      reason: 'line 2: unexpected extra output "4"',
    });
    expect(compareDefault('', '42', opts()).ok).toBe(false);
    expect(compareDefault('42', '', opts()).ok).toBe(false);
  });
  it('compares numbers as strings when no tolerance is set', () => {
    expect(compareDefault('1.0', '1', opts()).ok).toBe(false);
    expect(compareDefault('0.50', '0.5', opts()).ok).toBe(false);
  });
  it('applies absolute and relative tolerances, accepting either', () => {
    expect(compareDefault('1.0000001', '1', opts('float_absolute_tolerance 1e-6')).ok).toBe(true);
    expect(compareDefault('1.00001', '1', opts('float_absolute_tolerance 1e-6')).ok).toBe(false);
    expect(compareDefault('1000001', '1000000', opts('float_relative_tolerance 1e-6')).ok).toBe(true);
    expect(compareDefault('1000002', '1000000', opts('float_relative_tolerance 1e-6')).ok).toBe(false);
    expect(
      compareDefault('1000002', '1000000', opts('float_relative_tolerance 1e-6 float_absolute_tolerance 5')).ok,
    ).toBe(true);
    expect(compareDefault('3.14000000e-2', '0.0314', opts('float_tolerance 1e-9')).ok).toBe(true);
    expect(compareDefault('-0', '0', opts('float_tolerance 0')).ok).toBe(true);
    expect(compareDefault('2.', '2', opts('float_tolerance 0')).ok).toBe(true);
  });
  it('accepts every float spelling of the grammar and rejects non-numbers where a number is expected', () => {
    for (const s of ['+1.5', '1.5', '1.50', '.15e1', '15E-1', '0015e-1']) {
      expect(compareDefault(s, '1.5', opts('float_tolerance 1e-9')).ok, s).toBe(true);
    }
    for (const s of ['1,5', 'nan', 'inf', '0x1', 'abc', '1.5.']) {
      const r = compareDefault(s, '1.5', opts('float_tolerance 1e-9'));
      expect(r.ok, s).toBe(false);
    }
    expect(compareDefault('abc', '1.5', opts('float_tolerance 1e-9'))).toEqual({
      ok: false,
      reason: 'line 1: expected a number near "1.5", got "abc"',
    });
  });
  it('compares non-numeric answer tokens as strings even with a tolerance', () => {
    expect(compareDefault('Case 1: 2.0001', 'case 1: 2', opts('float_tolerance 1e-3')).ok).toBe(true);
    expect(compareDefault('Kase 1: 2', 'case 1: 2', opts('float_tolerance 1e-3')).ok).toBe(false);
  });
  it('with space_change_sensitive, requires identical whitespace including leading and trailing', () => {
    const s = opts('space_change_sensitive');
    expect(compareDefault('1 2\n', '1 2\n', s)).toEqual({ ok: true });
    expect(compareDefault('1  2\n', '1 2\n', s)).toEqual({
      ok: false,
      reason: 'line 1: whitespace differs from the expected output',
    });
    expect(compareDefault('1 2', '1 2\n', s).ok).toBe(false);
    expect(compareDefault(' 1 2\n', '1 2\n', s).ok).toBe(false);
    expect(compareDefault('1\t2\n', '1 2\n', s).ok).toBe(false);
    expect(compareDefault('1 2\r\n', '1 2\n', s).ok).toBe(false);
  });
  it('shows UTF-8 tokens readably and shortens long ones', () => {
    expect(compareDefault('héllo', 'hello', opts())).toEqual({
      ok: false,
      reason: 'line 1: expected "hello", got "héllo"',
    });
    const long = 'x'.repeat(200);
    const r = compareDefault(long, 'y', opts());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeLessThan(100);
  });
  it('handles large outputs', { timeout: 30_000 }, () => {
    const big = Array.from({ length: 200_000 }, (_, i) => String(i)).join('\n');
    expect(compareDefault(Buffer.from(big), Buffer.from(big), opts())).toEqual({ ok: true });
  });
});
