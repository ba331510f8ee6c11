function backoffSchedule(baseMs: number, factor: number, maxDelayMs: number, retries: number): number[] {
  const out: number[] = [];
  let delay = baseMs;
  for (let i = 0; i < retries; i++) {
    out.push(Math.min(delay, maxDelayMs));
    if (delay < maxDelayMs) delay *= factor; // at most 10^15: exact in a double
  }
  return out;
}
