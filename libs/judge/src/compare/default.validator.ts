import { COMPARE_OK, type CompareResult, preview } from './compare.types';

/**
 * The Kattis default output validator: token-based comparison with the options of the spec
 * (legacy and 2025-09 agree): case_sensitive, space_change_sensitive, float_relative_tolerance ε,
 * float_absolute_tolerance ε, float_tolerance ε.
 */
export interface DefaultValidatorOptions {
  caseSensitive: boolean;
  spaceChangeSensitive: boolean;
  floatRelativeTolerance?: number;
  floatAbsoluteTolerance?: number;
}

export class ValidatorFlagsError extends Error {}

const FLOAT_FLAGS = ['float_relative_tolerance', 'float_absolute_tolerance', 'float_tolerance'] as const;

/** Parses default-validator flags (argv tokens). Unknown flags and bad values throw. */
export function parseDefaultValidatorFlags(flags: readonly string[]): DefaultValidatorOptions {
  const options: DefaultValidatorOptions = { caseSensitive: false, spaceChangeSensitive: false };
  const seen = new Set<string>();
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag === 'case_sensitive') options.caseSensitive = true;
    else if (flag === 'space_change_sensitive') options.spaceChangeSensitive = true;
    else if ((FLOAT_FLAGS as readonly string[]).includes(flag)) {
      const raw = flags[i + 1];
      const value = raw === undefined ? NaN : Number(raw);
      if (!Number.isFinite(value) || value < 0)
        throw new ValidatorFlagsError(`${flag} needs a non-negative number, got ${raw ?? 'nothing'}`);
      if (seen.has(flag)) throw new ValidatorFlagsError(`${flag} given twice`);
      seen.add(flag);
      i++;
      if (flag === 'float_relative_tolerance') options.floatRelativeTolerance = value;
      else if (flag === 'float_absolute_tolerance') options.floatAbsoluteTolerance = value;
      else {
        options.floatRelativeTolerance = value;
        options.floatAbsoluteTolerance = value;
      }
    } else {
      throw new ValidatorFlagsError(`unknown default validator flag "${flag}"`);
    }
  }
  if (seen.has('float_tolerance') && (seen.has('float_relative_tolerance') || seen.has('float_absolute_tolerance'))) {
    throw new ValidatorFlagsError(
      'float_tolerance cannot be combined with float_relative_tolerance or float_absolute_tolerance',
    );
  }
  return options;
}

/** Splits a validator flags string (`validator_flags: "float_tolerance 1e-6"`) into argv tokens. */
export function splitFlags(flags: string | readonly string[] | undefined | null): string[] {
  if (flags === undefined || flags === null) return [];
  if (typeof flags !== 'string') return flags.map(String);
  return flags.split(/\s+/).filter((t) => t.length > 0);
}

// The spec's whitespace: space, form feed, line feed, carriage return, tab, vertical tab.
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
const FLOAT_PATTERN = /^[+-]?(\d*\.\d+|\d+\.|\d+)([eE][+-]?\d+)?$/;

interface Token {
  text: string;
  line: number;
  /** Whitespace before this token (the final pseudo-token carries the trailing whitespace). */
  space: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i <= text.length) {
    const spaceStart = i;
    while (i < text.length && isSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x0a) line++;
      i++;
    }
    const space = text.slice(spaceStart, i);
    if (i >= text.length) {
      tokens.push({ text: '', line, space });
      break;
    }
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    tokens.push({ text: text.slice(start, i), line, space });
  }
  return tokens;
}

function parseFloatToken(token: string): number | undefined {
  return FLOAT_PATTERN.test(token) ? Number(token) : undefined;
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function show(token: string): string {
  // Tokens are compared as single bytes (latin1); show them as the UTF-8 the program printed.
  return `"${preview(Buffer.from(token, 'latin1').toString('utf8'), 40)}"`;
}

/** Compares a program's output with the answer file, per the Kattis default validator. */
export function compareDefault(
  output: Buffer | string,
  answer: Buffer | string,
  options: DefaultValidatorOptions,
): CompareResult {
  const out = tokenize(typeof output === 'string' ? Buffer.from(output).toString('latin1') : output.toString('latin1'));
  const ans = tokenize(typeof answer === 'string' ? Buffer.from(answer).toString('latin1') : answer.toString('latin1'));
  const useFloat = options.floatAbsoluteTolerance !== undefined || options.floatRelativeTolerance !== undefined;
  const n = Math.min(out.length, ans.length);
  for (let k = 0; k < n; k++) {
    const o = out[k];
    const a = ans[k];
    const isEnd = k === out.length - 1 || k === ans.length - 1;
    if (isEnd) {
      if (out.length === ans.length && options.spaceChangeSensitive && o.space !== a.space) {
        return { ok: false, reason: `line ${o.line}: trailing whitespace differs from the expected output` };
      }
      break;
    }
    if (options.spaceChangeSensitive && o.space !== a.space) {
      return { ok: false, reason: `line ${o.line}: whitespace differs from the expected output` };
    }
    if (useFloat) {
      const expected = parseFloatToken(a.text);
      if (expected !== undefined) {
        const got = parseFloatToken(o.text);
        if (got === undefined)
          return { ok: false, reason: `line ${o.line}: expected a number near ${show(a.text)}, got ${show(o.text)}` };
        const diff = Math.abs(got - expected);
        const absOk = options.floatAbsoluteTolerance !== undefined && diff <= options.floatAbsoluteTolerance;
        const relOk =
          options.floatRelativeTolerance !== undefined && diff <= options.floatRelativeTolerance * Math.abs(expected);
        if (!absOk && !relOk)
          return {
            ok: false,
            reason: `line ${o.line}: expected ${show(a.text)}, got ${show(o.text)} (outside tolerance)`,
          };
        continue;
      }
    }
    const same = options.caseSensitive ? o.text === a.text : asciiLower(o.text) === asciiLower(a.text);
    if (!same) return { ok: false, reason: `line ${o.line}: expected ${show(a.text)}, got ${show(o.text)}` };
  }
  if (out.length < ans.length) {
    const missing = ans[out.length - 1];
    return { ok: false, reason: `output ended early: expected ${show(missing.text)} on line ${missing.line}` };
  }
  if (out.length > ans.length) {
    const extra = out[ans.length - 1];
    return { ok: false, reason: `line ${extra.line}: unexpected extra output ${show(extra.text)}` };
  }
  return COMPARE_OK;
}
