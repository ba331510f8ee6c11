function minTime(tasks: string[], cooldown: number): number {
  if (tasks.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const ties = [...counts.values()].filter((c) => c === top).length;
  return Math.max(tasks.length, (top - 1) * (cooldown + 1) + ties);
}
