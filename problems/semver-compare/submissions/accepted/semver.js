var compareVersions = function (a, b) {
  const parse = (v) => {
    const noBuild = v.split('+')[0];
    const dash = noBuild.indexOf('-');
    const core = (dash < 0 ? noBuild : noBuild.slice(0, dash)).split('.').map(Number);
    const pre = dash < 0 ? null : noBuild.slice(dash + 1).split('.');
    return { core, pre };
  };
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  const isNum = (s) => /^[0-9]+$/.test(s);
  const va = parse(a);
  const vb = parse(b);
  for (let i = 0; i < 3; i++) if (va.core[i] !== vb.core[i]) return cmp(va.core[i], vb.core[i]);
  if (va.pre === null || vb.pre === null) {
    if (va.pre === vb.pre) return 0;
    return va.pre === null ? 1 : -1;
  }
  for (let i = 0; i < Math.min(va.pre.length, vb.pre.length); i++) {
    const x = va.pre[i];
    const y = vb.pre[i];
    if (x === y) continue;
    if (isNum(x) && isNum(y)) return cmp(Number(x), Number(y));
    if (isNum(x) !== isNum(y)) return isNum(x) ? -1 : 1;
    return cmp(x, y);
  }
  return cmp(va.pre.length, vb.pre.length);
};
