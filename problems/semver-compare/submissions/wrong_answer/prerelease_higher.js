// Bug: treats a pre-release as newer than the release (like comparing strings by length).
var compareVersions = function (a, b) {
  const strip = (v) => v.split('+')[0];
  const [ca, pa = ''] = strip(a).split(/-(.*)/s);
  const [cb, pb = ''] = strip(b).split(/-(.*)/s);
  const na = ca.split('.').map(Number);
  const nb = cb.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (na[i] !== nb[i]) return na[i] < nb[i] ? -1 : 1;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
};
