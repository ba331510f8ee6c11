import type { Difficulty } from './problems';

/** GET /api/me/progress → the caller's progress. Counts submit-mode submissions only. */
export interface ProgressDto {
  solved: number;
  attempted: number;
  totalProblems: number;
  solvedByDifficulty: Record<Difficulty, number>;
  /** Consecutive UTC days, ending today or yesterday, with at least one accepted submission. */
  currentStreak: number;
  longestStreak: number;
  problems: ProblemProgressDto[];
}

export interface ProblemProgressDto {
  slug: string;
  title: string;
  difficulty: Difficulty;
  solved: boolean;
  attempts: number;
  accepted: number;
  /** The caller's own accepted ÷ attempts, 0..1. */
  acceptance: number;
  lastSubmittedAt: string;
  solvedAt: string | null;
}
