function percentile(latenciesMs: number[], p: number): number {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const rank = Math.floor((p * sorted.length + 99) / 100);
  return sorted[rank - 1];
}
