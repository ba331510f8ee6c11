/**
 * A Markdown fenced code block for `source`, so reference solutions are highlighted exactly like
 * code in statements. The fence is longer than any backtick run inside the source.
 */
export function fencedCode(language: string, source: string): string {
  const longest = Math.max(0, ...(source.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${source.replace(/\n$/, '')}\n${fence}\n`;
}
