import { diffWordsWithSpace } from 'diff';

export interface DiffSegment {
  text: string;
  /** Present in this side only (deleted from expected / added in actual). */
  changed: boolean;
}

export interface DiffLine {
  /** 1-based line number, shared by both sides: judges compare outputs line by line. */
  line: number;
  expected: DiffSegment[] | null;
  actual: DiffSegment[] | null;
  equal: boolean;
}

export interface OutputDiff {
  lines: DiffLine[];
  equal: boolean;
  /** First differing line (1-based), or null. */
  firstDifference: number | null;
}

/** Splits output into lines, ignoring a single trailing newline (as every judge does). */
export function splitOutputLines(text: string): string[] {
  const normalized = text.replace(/\r\n/g, '\n');
  if (normalized === '') return [];
  const body = normalized.endsWith('\n') ? normalized.slice(0, -1) : normalized;
  return body.split('\n');
}

/** Token-level comparison the way the default validator sees it: whitespace runs are separators. */
function tokensEqual(a: string, b: string): boolean {
  const tokens = (s: string) => s.trim().split(/\s+/).filter(Boolean);
  const ta = tokens(a);
  const tb = tokens(b);
  return ta.length === tb.length && ta.every((t, i) => t === tb[i]);
}

/**
 * Aligns expected and actual output by line number and, within differing lines, marks the words
 * that differ. Lines equal up to whitespace count as equal, like the default validator.
 */
export function diffOutputs(expected: string, actual: string, maxLines = 500): OutputDiff {
  const exp = splitOutputLines(expected);
  const act = splitOutputLines(actual);
  const count = Math.min(Math.max(exp.length, act.length), maxLines);
  const lines: DiffLine[] = [];
  let firstDifference: number | null = null;
  for (let i = 0; i < count; i++) {
    const e = exp[i];
    const a = act[i];
    if (e !== undefined && a !== undefined && tokensEqual(e, a)) {
      lines.push({
        line: i + 1,
        expected: [{ text: e, changed: false }],
        actual: [{ text: a, changed: false }],
        equal: true,
      });
      continue;
    }
    firstDifference ??= i + 1;
    if (e === undefined || a === undefined) {
      lines.push({
        line: i + 1,
        expected: e === undefined ? null : [{ text: e, changed: true }],
        actual: a === undefined ? null : [{ text: a, changed: true }],
        equal: false,
      });
      continue;
    }
    const changes = diffWordsWithSpace(e, a);
    lines.push({
      line: i + 1,
      expected: changes.filter((c) => !c.added).map((c) => ({ text: c.value, changed: c.removed })),
      actual: changes.filter((c) => !c.removed).map((c) => ({ text: c.value, changed: c.added })),
      equal: false,
    });
  }
  if (firstDifference === null && Math.max(exp.length, act.length) > count) firstDifference = count + 1;
  return { lines, equal: firstDifference === null, firstDifference };
}
