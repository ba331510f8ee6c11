/** Drops a leading `# Title` heading when it repeats the problem's title (the page shows it once). */
export function stripLeadingTitle(markdown: string, title: string): string {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\r?\n|$)/.exec(markdown);
  if (!match || match[1].trim().toLowerCase() !== title.trim().toLowerCase()) return markdown;
  return markdown.slice(match[0].length).replace(/^\s*\n/, '');
}

/** Whether the author already wrote the examples into the statement (then samples aren't repeated). */
export function statementHasExamples(markdown: string): boolean {
  return /^\s{0,3}#{1,6}\s*(examples?|sample(s| input)?)\b/im.test(markdown) || /^\s*\*\*Example\s+\d/im.test(markdown);
}
