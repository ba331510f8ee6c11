function nextPage(sortedIds: number[], afterId: number, limit: number): number[] {
  // Upper bound: index of the first id strictly greater than afterId.
  let lo = 0;
  let hi = sortedIds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedIds[mid] <= afterId) lo = mid + 1;
    else hi = mid;
  }
  return sortedIds.slice(lo, lo + limit);
}
