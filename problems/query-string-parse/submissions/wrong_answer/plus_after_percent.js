// Bug: decodes %XX first and then turns "+" into spaces, so "%2B" wrongly becomes a space.
var parseQuery = function (query) {
  const dec = (s) => {
    const bytes = [];
    for (let i = 0; i < s.length; ) {
      if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
        bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
        i += 3;
      } else bytes.push(s.charCodeAt(i++));
    }
    return Buffer.from(bytes).toString('utf8').replace(/\+/g, ' ');
  };
  const params = query
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [dec(p), ''] : [dec(p.slice(0, eq)), dec(p.slice(eq + 1))];
    });
  params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return params.map(([k, v]) => `${k}=${v}`);
};
