import { type CompareMode, floatEpsilon } from '@tryout/languages';
import { COMPARE_OK, type CompareResult, preview } from './compare.types';
import { canonicalNumber, type Json, stringifyExactJson } from './exact-json.util';

export type { Json } from './exact-json.util';

/** Canonical text of a value; with `sortArrays`, every array level is treated as a multiset. */
function canonical(value: Json, sortArrays: boolean): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, sortArrays));
    if (sortArrays) items.sort();
    return `[${items.join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k], sortArrays)}`).join(',')}}`;
  }
  // Numbers by exact value: 1.0 is 1, -0 is 0, 2^63 is not 2^63 - 1.
  if (typeof value === 'number' || typeof value === 'bigint') return canonicalNumber(value);
  return JSON.stringify(value);
}

const isNumber = (v: Json): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';

function floatsClose(got: Json, expected: Json, eps: number): boolean {
  if (isNumber(expected)) {
    if (!isNumber(got)) return false;
    if (canonicalNumber(got) === canonicalNumber(expected)) return true;
    const diff = Math.abs(Number(got) - Number(expected));
    return diff <= eps || diff <= eps * Math.abs(Number(expected));
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(got) && got.length === expected.length && expected.every((e, i) => floatsClose(got[i], e, eps))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got)) return false;
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(got).length && keys.every((k) => k in got && floatsClose(got[k], expected[k], eps))
    );
  }
  return got === expected;
}

/** Whether one returned value matches the expected one under a comparison mode. */
export function valuesMatch(got: Json, expected: Json, mode: CompareMode): boolean {
  const eps = floatEpsilon(mode);
  if (eps !== undefined) return floatsClose(got, expected, eps);
  switch (mode) {
    case 'exact':
      return canonical(got, false) === canonical(expected, false);
    case 'any_order': {
      if (!Array.isArray(got) || !Array.isArray(expected)) return canonical(got, false) === canonical(expected, false);
      if (got.length !== expected.length) return false;
      const a = got.map((v) => canonical(v, false)).sort();
      const b = expected.map((v) => canonical(v, false)).sort();
      return a.every((v, i) => v === b[i]);
    }
    case 'any_order_deep':
      return canonical(got, true) === canonical(expected, true);
    default:
      throw new Error(`unknown compare mode ${String(mode)}`);
  }
}

function brief(value: Json): string {
  return preview(stringifyExactJson(value), 80);
}

/** Compares a function's returned value with the answer. */
export function compareFunctionResult(got: Json, expected: Json, mode: CompareMode): CompareResult {
  if (valuesMatch(got, expected, mode)) return COMPARE_OK;
  return { ok: false, reason: `expected ${brief(expected)}, got ${brief(got)}` };
}

/**
 * Compares a design problem's results (one entry per call, `null` for the constructor and void
 * methods) call by call; `operations` names the calls for the reason.
 */
export function compareClassResults(
  got: Json,
  expected: Json,
  mode: CompareMode,
  operations?: readonly string[],
): CompareResult {
  if (!Array.isArray(expected)) throw new Error('a design problem answer must be a JSON array');
  if (!Array.isArray(got))
    return { ok: false, reason: `expected a list of ${expected.length} results, got ${brief(got)}` };
  const n = Math.min(got.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (!valuesMatch(got[i], expected[i], mode)) {
      const op = operations?.[i];
      return {
        ok: false,
        reason: `call ${i + 1}${op ? ` (${op})` : ''}: expected ${brief(expected[i])}, got ${brief(got[i])}`,
      };
    }
  }
  if (got.length !== expected.length)
    return { ok: false, reason: `expected ${expected.length} results, got ${got.length}` };
  return COMPARE_OK;
}
