const DAY_MS = 24 * 60 * 60 * 1000;

/** UTC day number of a date. */
export function utcDay(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * Streaks over days with at least one accepted submission. The current streak counts back from
 * today, or from yesterday when today has none yet (it is not broken until the day is over).
 */
export function streaks(days: number[], today: number): { current: number; longest: number } {
  const set = new Set(days);
  const sorted = [...set].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i] === sorted[i - 1] + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  let current = 0;
  let day = set.has(today) ? today : today - 1;
  while (set.has(day)) {
    current++;
    day--;
  }
  return { current, longest };
}
