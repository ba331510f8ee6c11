/** Hints file of a package (docs/problem-format.md): `solution/hints.en.md`, one `## ` section per hint. */
export const HINTS_FILE = 'solution/hints.en.md';
/** The editorial: Markdown prose; the code shown with it comes from `submissions/accepted/`. */
export const EDITORIAL_FILE = 'solution/solution.en.md';
/** Hints per problem the catalog wants (a warning outside it, never an error). */
export const HINT_COUNT = { min: 1, max: 3 } as const;

/**
 * Splits a hints file into hints, in order: each `## ` heading starts one (the heading text is a
 * label, not shown), text before the first heading is ignored. A file without such headings is one hint.
 */
export function parseHints(markdown: string): string[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  if (!lines.some((l) => /^##\s/.test(l))) {
    const whole = markdown.trim();
    return whole ? [whole] : [];
  }
  const hints: string[] = [];
  let current: string[] | undefined;
  let inFence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && /^##\s/.test(line)) {
      if (current) hints.push(current.join('\n').trim());
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) hints.push(current.join('\n').trim());
  return hints.filter((h) => h.length > 0);
}
