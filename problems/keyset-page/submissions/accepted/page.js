var nextPage = function (sortedIds, afterId, limit) {
  let lo = 0;
  let hi = sortedIds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedIds[mid] <= afterId) lo = mid + 1;
    else hi = mid;
  }
  return sortedIds.slice(lo, lo + limit);
};
