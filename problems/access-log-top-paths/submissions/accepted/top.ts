function topPaths(lines: string[], k: number): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const field = line.split(' ')[1];
    const q = field.indexOf('?');
    const path = q < 0 ? field : field.slice(0, q);
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map(([path]) => path);
}
