var percentile = function (latenciesMs, p) {
  const sorted = Int32Array.from(latenciesMs).sort(); // typed arrays sort numerically
  const rank = Math.floor((p * sorted.length + 99) / 100);
  return sorted[rank - 1];
};
