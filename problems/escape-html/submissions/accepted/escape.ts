const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  // One pass with a single regex, so an inserted "&" is never escaped again.
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
