function minServers(jobs: number[][]): number {
  const starts = Float64Array.from(jobs, (j) => j[0]).sort();
  const ends = Float64Array.from(jobs, (j) => j[1]).sort(); // typed arrays sort numerically
  let busy = 0;
  let best = 0;
  let k = 0;
  for (const s of starts) {
    while (ends[k] <= s) {
      busy--;
      k++;
    }
    busy++;
    best = Math.max(best, busy);
  }
  return best;
}
