import { describe, expect, it } from 'vitest';
import { describeCounts, drawMockProblems, type DrawCandidate } from './mock-draw.util';

const pool: DrawCandidate[] = [
  { id: 'e1', difficulty: 'easy', solved: true },
  { id: 'e2', difficulty: 'easy', solved: false },
  { id: 'm1', difficulty: 'medium', solved: true },
  { id: 'm2', difficulty: 'medium', solved: false },
  { id: 'm3', difficulty: 'medium', solved: true },
  { id: 'h1', difficulty: 'hard', solved: false },
];

describe('drawMockProblems', () => {
  it('takes unsolved problems first, then solved ones, easy before hard', () => {
    for (let i = 0; i < 20; i++) {
      const { picked, short } = drawMockProblems(pool, { easy: 1, medium: 2, hard: 1 });
      expect(short).toEqual({});
      expect(picked.map((p) => p.id)[0]).toBe('e2');
      expect(picked[1].id).toBe('m2');
      expect(['m1', 'm3']).toContain(picked[2].id);
      expect(picked[3].id).toBe('h1');
    }
  });

  it('reports the shortfall per difficulty', () => {
    expect(drawMockProblems(pool, { easy: 0, medium: 0, hard: 3 }).short).toEqual({ hard: 2 });
  });

  it('describes a mix', () => {
    expect(describeCounts({ easy: 0, medium: 2, hard: 1 })).toBe('2 medium, 1 hard');
  });
});
