const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function decodeBase64Url(segment: string): number[] {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of segment) {
    acc = ((acc << 6) | BASE64URL_ALPHABET.indexOf(c)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return bytes;
}

function isWellFormedJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  for (const p of parts) if (!/^[A-Za-z0-9_-]+$/.test(p) || p.length % 4 === 1) return false;
  const header = String.fromCharCode(...decodeBase64Url(parts[0]));
  const payload = String.fromCharCode(...decodeBase64Url(parts[1]));
  for (const text of [header, payload]) {
    const body = text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
    if (!body.startsWith('{') || !body.endsWith('}')) return false;
  }
  const at = header.indexOf('"alg"');
  if (at < 0) return false;
  const m = /^[ \t\n\r]*:[ \t\n\r]*"([^"]*)"/.exec(header.slice(at + 5));
  return m !== null && m[1].toLowerCase() !== 'none';
}
