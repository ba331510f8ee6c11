// Bug: processes whole "levels" (sorted) at a time, which is a valid order but not the smallest one.
function migrationOrder(names: string[], deps: string[][]): string[] {
  const waiting = new Map<string, number>(names.map((n) => [n, 0]));
  const unblocks = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const [a, b] of deps) {
    unblocks.get(b)?.push(a);
    waiting.set(a, (waiting.get(a) ?? 0) + 1);
  }
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  let level = names.filter((n) => waiting.get(n) === 0).sort(byName);
  const order: string[] = [];
  while (level.length > 0) {
    order.push(...level);
    const next: string[] = [];
    for (const n of level) {
      for (const m of unblocks.get(n) ?? []) {
        const w = (waiting.get(m) ?? 0) - 1;
        waiting.set(m, w);
        if (w === 0) next.push(m);
      }
    }
    level = next.sort(byName);
  }
  return order.length === names.length ? order : [];
}
