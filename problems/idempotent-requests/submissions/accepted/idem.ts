function processRequests(ids: string[], timestamps: number[], ttlMs: number): boolean[] {
  const processedAt = new Map<string, number>();
  const out: boolean[] = [];
  for (let i = 0; i < ids.length; i++) {
    const last = processedAt.get(ids[i]);
    if (last !== undefined && timestamps[i] - last < ttlMs) {
      out.push(false);
    } else {
      processedAt.set(ids[i], timestamps[i]);
      out.push(true);
    }
  }
  return out;
}
