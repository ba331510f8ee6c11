const B64URL = /^[A-Za-z0-9_-]+$/;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

var isWellFormedJwt = function (token) {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  if (parts.some((p) => !B64URL.test(p) || p.length % 4 === 1)) return false;
  const decoded = parts.slice(0, 2).map((p) => Buffer.from(p, 'base64url'));
  for (const bytes of decoded) {
    let lo = 0;
    let hi = bytes.length - 1;
    while (lo <= hi && WS.has(bytes[lo])) lo++;
    while (hi >= lo && WS.has(bytes[hi])) hi--;
    if (lo > hi || bytes[lo] !== 0x7b || bytes[hi] !== 0x7d) return false;
  }
  const header = decoded[0].toString('latin1'); // byte-for-byte, so indices match the bytes
  const at = header.indexOf('"alg"');
  if (at < 0) return false;
  const m = /^[ \t\n\r]*:[ \t\n\r]*"([^"]*)"/.exec(header.slice(at + 5));
  return m !== null && m[1].toLowerCase() !== 'none';
};
