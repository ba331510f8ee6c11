import { DIFFICULTIES, type Difficulty, type MockDifficultyCounts } from '@tryout/contracts';

export interface DrawCandidate {
  id: string;
  difficulty: Difficulty;
  solved: boolean;
}

/**
 * Picks `counts[d]` problems of each difficulty from `pool`, unsolved ones first, at random within
 * each group; easy first, hard last. Returns the shortfall per difficulty when the pool is too small.
 */
export function drawMockProblems(
  pool: DrawCandidate[],
  counts: MockDifficultyCounts,
  random: () => number = Math.random,
): { picked: DrawCandidate[]; short: Partial<Record<Difficulty, number>> } {
  const picked: DrawCandidate[] = [];
  const short: Partial<Record<Difficulty, number>> = {};
  for (const d of DIFFICULTIES) {
    const want = counts[d] ?? 0;
    if (!want) continue;
    const shuffled = pool
      .filter((p) => p.difficulty === d)
      .map((p) => ({ p, key: random() }))
      .sort((a, b) => Number(a.p.solved) - Number(b.p.solved) || a.key - b.key)
      .map((x) => x.p);
    if (shuffled.length < want) short[d] = want - shuffled.length;
    picked.push(...shuffled.slice(0, want));
  }
  return { picked, short };
}

/** "2 medium, 1 hard" */
export function describeCounts(counts: MockDifficultyCounts): string {
  return DIFFICULTIES.filter((d) => counts[d] > 0)
    .map((d) => `${counts[d]} ${d}`)
    .join(', ');
}
