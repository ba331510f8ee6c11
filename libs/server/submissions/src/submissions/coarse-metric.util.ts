/**
 * Rounds a resource figure up to the next step of the 1-2-5 series (1, 2, 5, 10, 20, 50, …).
 * What a candidate sees of time and memory: a program that sleeps or allocates by a hidden input
 * could otherwise read that input back from exact figures. Between 1 ms and 10 s there are only
 * 13 steps, so one submission's figure carries under 4 bits. 0 stays 0; non-finite or negative is 0.
 */
export function roundUp125(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  let decade = 1;
  while (decade * 10 < value) decade *= 10;
  for (const step of [1, 2, 5, 10]) if (value <= step * decade) return step * decade;
  return 10 * decade;
}

/** Null-preserving roundUp125 for nullable columns. */
export function coarse(value: number | null): number | null {
  return value === null ? null : roundUp125(value);
}

/**
 * Memory in KB, rounded up to a 1-2-5 step of MB (1024 KB), the unit it is shown in: 1, 2, 5, 10,
 * 20, 50 … MB rather than 48.8 MB for a 50 000 KB step. The same number of steps, so the same bound
 * on what a figure carries.
 */
export function roundUpMemoryKb(kb: number): number {
  if (!Number.isFinite(kb) || kb <= 0) return 0;
  return roundUp125(kb / 1024) * 1024;
}

/** Null-preserving roundUpMemoryKb for nullable columns. */
export function coarseMemory(kb: number | null): number | null {
  return kb === null ? null : roundUpMemoryKb(kb);
}
