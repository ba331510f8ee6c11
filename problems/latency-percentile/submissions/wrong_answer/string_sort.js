// Bug: the default Array sort compares numbers as strings ("1000" < "25").
var percentile = function (latenciesMs, p) {
  const sorted = [...latenciesMs].sort();
  return sorted[Math.ceil((p * sorted.length) / 100) - 1];
};
