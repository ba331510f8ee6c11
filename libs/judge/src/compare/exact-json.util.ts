import { parse } from 'lossless-json';

/**
 * JSON as the judge reads it: integers beyond 2^53 stay exact as `bigint` (harnesses write longs,
 * Python ints and big unsigned values digit for digit), other numbers are doubles.
 */
export type Json = null | boolean | number | bigint | string | Json[] | { [key: string]: Json };

const INTEGER = /^-?(?:0|[1-9]\d*)$/;

function exactNumber(literal: string): number | bigint {
  if (INTEGER.test(literal)) {
    const n = Number(literal);
    return Number.isSafeInteger(n) ? n : BigInt(literal);
  }
  const n = Number(literal);
  // A decimal no double can hold: a harness never writes one, and rounding it would compare wrongly.
  if (!Number.isFinite(n)) throw new SyntaxError(`the number ${literal.slice(0, 40)} is out of range`);
  return n;
}

/**
 * What JSON.parse could read inexactly: a run of 16+ digits (an integer past 2^53), a 3-digit
 * exponent (a double overflowing to Infinity) or an object (duplicate keys). False alarms only
 * cost the slower lossless parse.
 */
const NEEDS_LOSSLESS = /\d{16}|[eE][+-]?\d{3}|\{/;

/** Parses one JSON value losslessly; throws a SyntaxError on anything else (NaN, trailing text, ...). */
export function parseExactJson(text: string): Json {
  // Results and answers are mostly small numbers: JSON.parse reads those exactly and far faster.
  if (!NEEDS_LOSSLESS.test(text)) return JSON.parse(text) as Json;
  return parse(text, null, exactNumber) as Json;
}

/** JSON text of a value with bigints written exactly. */
export function stringifyExactJson(value: Json): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(stringifyExactJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .map((k) => `${JSON.stringify(k)}:${stringifyExactJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The canonical text of a number, equal for equal values: integers (bigints and integral doubles)
 * as exact decimal digits, so 1.0 equals 1 and 2^63 never equals 2^63 - 1; -0 is 0.
 */
export function canonicalNumber(n: number | bigint): string {
  if (typeof n === 'bigint') return n.toString();
  if (Number.isInteger(n)) return BigInt(n).toString();
  return JSON.stringify(n);
}

/**
 * JSON text without the whitespace between tokens, for display beside a harness's compact output
 * (`[2, 3]` from an answer file reads as `[2,3]`). Lexical only: numbers keep their digits and
 * strings their contents, so nothing a comparison could distinguish is changed.
 */
export function compactJsonText(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') {
      out += c;
    }
  }
  return out;
}
