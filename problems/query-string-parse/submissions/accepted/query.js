const isHex = (c) => c !== undefined && /[0-9a-fA-F]/.test(c);

function decodePart(s) {
  const bytes = [];
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === '+') {
      bytes.push(0x20);
      i++;
    } else if (c === '%' && isHex(s[i + 1]) && isHex(s[i + 2])) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      bytes.push(c.charCodeAt(0)); // input is ASCII
      i++;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

var parseQuery = function (query) {
  const params = [];
  for (const piece of query.split('&')) {
    if (!piece) continue;
    const eq = piece.indexOf('=');
    const key = eq < 0 ? piece : piece.slice(0, eq);
    const value = eq < 0 ? '' : piece.slice(eq + 1);
    params.push([decodePart(key), decodePart(value)]);
  }
  // Array.prototype.sort is stable; BMP-only text makes UTF-16 order equal code point order.
  params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return params.map(([k, v]) => `${k}=${v}`);
};
