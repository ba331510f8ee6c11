var processRequests = function (ids, timestamps, ttlMs) {
  const processedAt = new Map();
  return ids.map((key, i) => {
    const last = processedAt.get(key);
    if (last !== undefined && timestamps[i] - last < ttlMs) return false;
    processedAt.set(key, timestamps[i]);
    return true;
  });
};
