// Bug: every request, duplicates included, refreshes the key's window.
function processRequests(ids: string[], timestamps: number[], ttlMs: number): boolean[] {
  const seen = new Map<string, number>();
  return ids.map((key, i) => {
    const last = seen.get(key);
    seen.set(key, timestamps[i]);
    return !(last !== undefined && timestamps[i] - last < ttlMs);
  });
}
