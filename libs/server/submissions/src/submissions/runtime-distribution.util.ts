import type { RuntimeBucketDto } from '@tryout/contracts';

/** Accepted submits at one CPU-time figure (exact for admins, a 1-2-5 step for candidates). */
export interface RuntimeCount {
  ms: number;
  count: number;
}

/**
 * The 1-2-5 step just below `step` (0 below 1 ms): a runtime shown rounded up to `step` was over
 * it, so (stepBelow(step), step] is everything that figure can stand for.
 */
export function stepBelow(step: number): number {
  if (step <= 1) return 0;
  let decade = 1;
  while (decade * 10 <= step) decade *= 10;
  const mantissa = step / decade;
  if (mantissa <= 1) return decade / 2;
  return mantissa <= 2 ? decade : 2 * decade;
}

/**
 * Mid-rank percentile: the others that were slower count whole, the others at the same figure
 * count half. Rounded to 1-2-5 steps, ties are the norm, and "beats 0%" of a field all tied with
 * you would say you were slowest. 100 when the submission is the only one.
 */
export function beatsPercent(values: RuntimeCount[], mine: number): number {
  const total = values.reduce((n, v) => n + v.count, 0);
  if (total <= 1) return 100;
  const slower = values.filter((v) => v.ms > mine).reduce((n, v) => n + v.count, 0);
  const tied = Math.max(0, values.filter((v) => v.ms === mine).reduce((n, v) => n + v.count, 0) - 1);
  return Math.round((1000 * (slower + tied / 2)) / (total - 1)) / 10;
}

/**
 * Candidates: one bucket per 1-2-5 step present, fastest first, each (step below, step]. Equal-width
 * ranges over rounded figures would be mostly empty or all inside one step.
 */
export function stepBuckets(values: RuntimeCount[]): RuntimeBucketDto[] {
  const byStep = new Map<number, number>();
  for (const v of values) byStep.set(v.ms, (byStep.get(v.ms) ?? 0) + v.count);
  return [...byStep].sort(([a], [b]) => a - b).map(([step, count]) => ({ fromMs: stepBelow(step), toMs: step, count }));
}

/**
 * Admins: up to `bucketCount` equal-width ranges from the fastest to one past the slowest (so the
 * slowest falls inside the last one), never narrower than 1 ms: runtimes are whole milliseconds.
 */
export function rangeBuckets(values: RuntimeCount[], bucketCount: number): RuntimeBucketDto[] {
  const lo = Math.min(...values.map((v) => v.ms));
  const span = Math.max(...values.map((v) => v.ms)) + 1 - lo;
  const n = Math.max(1, Math.min(bucketCount, Math.ceil(span)));
  const width = span / n;
  const counts = new Array<number>(n).fill(0);
  for (const v of values) counts[Math.min(n - 1, Math.floor((v.ms - lo) / width))] += v.count;
  return counts.map((count, i) => ({
    fromMs: Math.round(lo + i * width),
    toMs: Math.round(lo + (i + 1) * width),
    count,
  }));
}
