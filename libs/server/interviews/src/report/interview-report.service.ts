import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InterviewReportDto } from '@tryout/contracts';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewNotesService } from '../notes/interview-notes.service';
import { InterviewPartsService } from '../parts/interview-parts.service';
import { InterviewScorecardsService, type ScorecardViewer } from '../scorecards/interview-scorecards.service';
import { InterviewExtensionEntity } from '../sessions/interview-extension.entity';
import type { InterviewSessionEntity } from '../sessions/interview-session.entity';
import { clockDto, timeSpentPerProblem } from '../sessions/interview-view.util';
import { InterviewsService, type InterviewCaller } from '../sessions/interviews.service';

/** Per problem: final code, every run and submit with verdicts, time spent; the quiz and open parts' answers; plus the interviewers' notes and scorecards. */
@Injectable()
export class InterviewReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly notes: InterviewNotesService,
    private readonly scorecards: InterviewScorecardsService,
    private readonly parts: InterviewPartsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forCaller(caller: InterviewCaller, id: string): Promise<InterviewReportDto> {
    return this.build(await this.interviews.findVisible(caller, id), caller);
  }

  async forShareToken(token: string): Promise<InterviewReportDto> {
    return this.build(await this.interviews.findByShareToken(token));
  }

  /** `viewer`: the signed-in reader (their scorecard rule applies); null for the share link. */
  async build(s: InterviewSessionEntity, viewer: ScorecardViewer = null): Promise<InterviewReportDto> {
    const [problems, parts, extensions, notes, scorecards] = await Promise.all([
      this.interviews.sessionProblems(s.id),
      this.parts.results(s.id),
      this.dataSource
        .getRepository(InterviewExtensionEntity)
        .find({ where: { sessionId: s.id }, order: { createdAt: 'ASC' } }),
      this.notes.forReport(s.id),
      this.scorecards.forReport(s, viewer),
    ]);
    const submissions = await this.interviews.sessionSubmissions(s.id, problems);
    const names = await this.interviews.userNames(extensions.map((e) => e.byUserId));
    const now = this.clock.now();
    const finishedAt = s.endedAt ?? s.cancelledAt ?? null;
    // While it runs, the report counts up to now (never past the deadline).
    const endAt =
      finishedAt ??
      (s.startedAt && s.startedAt <= now && s.deadlineAt
        ? new Date(Math.min(now.getTime(), s.deadlineAt.getTime()))
        : null);
    const activities = await this.activities(s);
    const spent = timeSpentPerProblem(s.startedAt, activities, endAt);
    const first = activities.find((a) => s.startedAt && a.at >= s.startedAt && (!endAt || a.at <= endAt));
    const passed = await this.testsPassed(submissions.map((x) => x.id));
    const started = s.startedAt && s.startedAt <= now ? s.startedAt : null;
    return {
      id: s.id,
      kind: s.kind,
      title: s.title,
      candidateName: s.candidateName,
      candidateEmail: s.candidateEmail,
      clock: clockDto(s, now),
      plannedMinutes: s.durationMinutes,
      finishedAt: finishedAt?.toISOString() ?? null,
      actualSeconds: started && endAt ? Math.max(0, Math.round((endAt.getTime() - started.getTime()) / 1000)) : null,
      idleBeforeFirstActivitySeconds:
        started && endAt ? Math.max(0, Math.round(((first?.at ?? endAt).getTime() - started.getTime()) / 1000)) : null,
      extensions: extensions.map((e) => ({
        minutes: e.minutes,
        reason: e.reason,
        by: names.get(e.byUserId) ?? '',
        at: e.createdAt.toISOString(),
      })),
      problems: problems.map((p) => {
        const own = submissions.filter((x) => x.position === p.position);
        const submits = own.filter((x) => x.mode === 'submit');
        return {
          position: p.position,
          slug: p.slug,
          title: p.title,
          difficulty: p.difficulty,
          finalCode:
            p.latestSource !== null && p.latestLanguage ? { language: p.latestLanguage, source: p.latestSource } : null,
          runs: own.filter((x) => x.mode === 'run').length,
          submits: submits.length,
          finalVerdict: submits.at(-1)?.verdict ?? null,
          timeSpentSeconds: spent.get(p.position) ?? 0,
          submissions: own.map((x) => ({ ...x, testsPassed: passed.get(x.id) ?? null })),
        };
      }),
      parts,
      notes,
      scorecards: scorecards.cards,
      scorecardsHidden: scorecards.hidden,
    };
  }

  /**
   * The candidate's activity for the time per problem: their live-editor updates (not the seed, not
   * an interviewer's pair edits) and their own runs and submits. Only the first and last point of each
   * stretch on one problem are read: the points between change nothing in timeSpentPerProblem.
   */
  private async activities(s: InterviewSessionEntity): Promise<{ position: number; at: Date }[]> {
    if (!s.startedAt) return [];
    const rows = await this.dataSource.query<{ position: number; at: Date }[]>(
      `WITH a AS (
         SELECT position, created_at AS at FROM interview_live_updates
          WHERE session_id = $1 AND author_id = $2
         UNION ALL
         SELECT p.position, x.created_at
           FROM submissions x
           JOIN interview_session_problems p ON p.session_id = x.interview_session_id AND p.problem_id = x.problem_id
          WHERE x.interview_session_id = $1 AND NOT x.automatic),
       o AS (
         SELECT position, at, lag(position) OVER w AS prev, lead(position) OVER w AS next
           FROM a WINDOW w AS (ORDER BY at, position))
       SELECT position, at FROM o
        WHERE prev IS DISTINCT FROM position OR next IS DISTINCT FROM position
        ORDER BY at, position`,
      [s.id, s.candidateUserId],
    );
    return rows.map((r) => ({ position: Number(r.position), at: new Date(r.at) }));
  }

  /** Passed tests per finished submission (the report's "1/2 passed"). */
  private async testsPassed(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<{ id: string; passed: string }[]>(
      `SELECT x.id, count(r.id) FILTER (WHERE r.verdict = 'accepted') AS passed
         FROM submissions x LEFT JOIN submission_test_results r ON r.submission_id = x.id
        WHERE x.id = ANY($1::uuid[]) AND x.status = 'finished'
        GROUP BY x.id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, Number(r.passed)]));
  }
}
