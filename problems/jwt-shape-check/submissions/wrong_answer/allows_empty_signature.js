// Bug: accepts an empty signature segment ("header.payload.").
var isWellFormedJwt = function (token) {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  if (parts.slice(0, 2).some((p) => !/^[A-Za-z0-9_-]+$/.test(p) || p.length % 4 === 1)) return false;
  if (!/^[A-Za-z0-9_-]*$/.test(parts[2]) || parts[2].length % 4 === 1) return false;
  const [h, p] = parts.slice(0, 2).map((s) => Buffer.from(s, 'base64url').toString('latin1'));
  for (const t of [h, p]) {
    const b = t.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
    if (!b.startsWith('{') || !b.endsWith('}')) return false;
  }
  const at = h.indexOf('"alg"');
  if (at < 0) return false;
  const m = /^[ \t\n\r]*:[ \t\n\r]*"([^"]*)"/.exec(h.slice(at + 5));
  return m !== null && m[1].toLowerCase() !== 'none';
};
