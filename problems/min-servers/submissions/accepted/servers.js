var minServers = function (jobs) {
  const starts = jobs.map((j) => j[0]).sort((a, b) => a - b);
  const ends = jobs.map((j) => j[1]).sort((a, b) => a - b);
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
};
