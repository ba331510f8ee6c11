// Bug: replaces "&" after the other characters, so the entities it just inserted get escaped twice.
function escapeHtml(text: string): string {
  const entities: [string, string][] = [
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['&', '&amp;'],
  ];
  for (const [c, e] of entities) text = text.split(c).join(e);
  return text;
}
