// Bug: JSON.stringify without care: a missing member yields undefined instead of "null",
// and an index step is also applied to objects (o["0"]).
var jsonPathLookup = function (document, path) {
  let v = JSON.parse(document);
  for (const [, key, idx] of path.slice(1).matchAll(/\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]/g)) {
    if (v === null || typeof v !== 'object') return 'null';
    v = v[key !== undefined ? key : Number(idx)];
  }
  return JSON.stringify(v);
};
