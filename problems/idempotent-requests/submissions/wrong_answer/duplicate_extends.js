// Bug: every request, duplicates included, refreshes the key's window.
var processRequests = function (ids, timestamps, ttlMs) {
  const seen = new Map();
  return ids.map((key, i) => {
    const last = seen.get(key);
    seen.set(key, timestamps[i]);
    return !(last !== undefined && timestamps[i] - last < ttlMs);
  });
};
