function compareVersions(a: string, b: string): number {
  const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);
  const isNum = (s: string): boolean => /^[0-9]+$/.test(s);
  const split = (v: string): [number[], string[] | null] => {
    const noBuild = v.split('+')[0];
    const dash = noBuild.indexOf('-');
    const core = (dash < 0 ? noBuild : noBuild.slice(0, dash)).split('.').map(Number);
    return [core, dash < 0 ? null : noBuild.slice(dash + 1).split('.')];
  };
  const [ca, pa] = split(a);
  const [cb, pb] = split(b);
  for (let i = 0; i < 3; i++) if (ca[i] !== cb[i]) return sign(ca[i] - cb[i]);
  if (pa === null && pb === null) return 0;
  if (pa === null) return 1;
  if (pb === null) return -1;
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (isNum(x) && isNum(y)) return sign(Number(x) - Number(y));
    if (isNum(x)) return -1;
    if (isNum(y)) return 1;
    return x < y ? -1 : 1;
  }
  return sign(pa.length - pb.length);
}
