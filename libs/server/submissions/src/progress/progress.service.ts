import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Difficulty, ProgressDto } from '@tryout/contracts';
import { CatalogService, type UserProblemStatus } from '@tryout/server-problems';
import { DataSource } from 'typeorm';
import { streaks, utcDay } from './streak.util';

interface ProblemRow {
  problem_id: string;
  slug: string;
  title: string;
  difficulty: Difficulty;
  attempts: string;
  accepted: string;
  last_at: Date;
  solved_at: Date | null;
}

/** A caller's progress, from finished submit-mode submissions (runs are practice, not attempts). */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  /** problem id → solved/attempted, for the catalog's flags and status filter. One index scan. Interviews are not practice. */
  async statusByProblem(userId: string): Promise<Map<string, UserProblemStatus>> {
    const rows = await this.dataSource.query<{ problem_id: string; solved: boolean }[]>(
      `SELECT problem_id, bool_or(verdict = 'accepted') AS solved
         FROM submissions WHERE user_id = $1 AND mode = 'submit' AND status = 'finished'
          AND interview_session_id IS NULL
        GROUP BY problem_id`,
      [userId],
    );
    return new Map(rows.map((r) => [r.problem_id, { solved: r.solved, attempted: true }]));
  }

  async progress(userId: string): Promise<ProgressDto> {
    const rows = await this.dataSource.query<ProblemRow[]>(
      `SELECT s.problem_id, p.slug, p.title, p.difficulty,
              count(*) AS attempts,
              count(*) FILTER (WHERE s.verdict = 'accepted') AS accepted,
              max(s.created_at) AS last_at,
              min(s.finished_at) FILTER (WHERE s.verdict = 'accepted') AS solved_at
         FROM submissions s JOIN problems p ON p.id = s.problem_id
        WHERE s.user_id = $1 AND s.mode = 'submit' AND s.status = 'finished' AND s.interview_session_id IS NULL
        GROUP BY s.problem_id, p.slug, p.title, p.difficulty
        ORDER BY max(s.created_at) DESC`,
      [userId],
    );
    const days = await this.dataSource.query<{ day: string }[]>(
      `SELECT DISTINCT ((finished_at AT TIME ZONE 'UTC')::date)::text AS day
         FROM submissions WHERE user_id = $1 AND mode = 'submit' AND verdict = 'accepted'
          AND interview_session_id IS NULL`,
      [userId],
    );
    // "k of n" counts what the catalog lists (its rule, not a copy of it): archived problems leave
    // both, though their submissions stay in the history below.
    const listed = await this.catalog.listedProblemIds();
    const problems = rows.map((r) => {
      const attempts = Number(r.attempts);
      const accepted = Number(r.accepted);
      return {
        listed: listed.has(r.problem_id),
        slug: r.slug,
        title: r.title,
        difficulty: r.difficulty,
        solved: accepted > 0,
        attempts,
        accepted,
        acceptance: attempts > 0 ? Math.round((accepted / attempts) * 1000) / 1000 : 0,
        lastSubmittedAt: new Date(r.last_at).toISOString(),
        solvedAt: r.solved_at ? new Date(r.solved_at).toISOString() : null,
      };
    });
    const solvedByDifficulty: Record<Difficulty, number> = { easy: 0, medium: 0, hard: 0 };
    const solvedListed = problems.filter((p) => p.solved && p.listed);
    for (const p of solvedListed) solvedByDifficulty[p.difficulty]++;
    const acceptedDays = days.map(({ day }) => utcDay(new Date(`${day}T00:00:00Z`)));
    const { current, longest } = streaks(acceptedDays, utcDay(new Date()));
    return {
      solved: solvedListed.length,
      attempted: problems.filter((p) => p.listed).length,
      totalProblems: listed.size,
      solvedByDifficulty,
      currentStreak: current,
      longestStreak: longest,
      problems: problems.map(({ listed: _listed, ...p }) => p),
    };
  }
}
