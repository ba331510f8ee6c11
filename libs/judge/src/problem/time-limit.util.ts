/**
 * The Kattis time-limit rule for packages without an explicit `time_limit`: the slowest accepted
 * submission's time × `time_multiplier`, rounded up to whole resolution steps (1 s by default);
 * the slowest accepted must stay under the limit ÷ `time_safety_margin`.
 * Times are per test and normalised to multiplier 1 (a Python run's CPU ÷ Python's multiplier).
 */
export function deriveTimeLimitMs(slowestAcceptedMs: number, timeMultiplier: number, resolutionMs = 1000): number {
  const exact = Math.max(slowestAcceptedMs, 1) * timeMultiplier;
  return Math.max(resolutionMs, Math.ceil(exact / resolutionMs - 1e-9) * resolutionMs);
}

/** `undefined` when the slowest accepted run leaves the safety margin, else a message. */
export function checkSafetyMargin(
  slowestAcceptedMs: number,
  timeLimitMs: number,
  timeSafetyMargin: number,
): string | undefined {
  if (slowestAcceptedMs * timeSafetyMargin <= timeLimitMs) return undefined;
  return (
    `slowest accepted test takes ${Math.round(slowestAcceptedMs)} ms: within a factor ${timeSafetyMargin} ` +
    `of the ${timeLimitMs} ms limit (needs ≤ ${Math.floor(timeLimitMs / timeSafetyMargin)} ms)`
  );
}
