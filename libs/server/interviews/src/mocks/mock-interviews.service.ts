import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INTERVIEW_LIMITS,
  type CreateMockRequest,
  type Difficulty,
  type InterviewReportDto,
  type LiveTimelineDto,
  type MockSummaryDto,
  type ProblemType,
  type RedeemInviteResponse,
  type SqlProblemDto,
} from '@tryout/contracts';
import { allowedLanguages } from '@tryout/server-problems';
import { AuthService, UserEntity } from '@tryout/server-users';
import { DataSource, IsNull } from 'typeorm';
import { SESSION_TOKEN_TTL_SECONDS } from '../candidate/candidate-session.service';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewDeadlineService } from '../deadline/interview-deadline.service';
import { InterviewException } from '../interview.exception';
import { LiveTimelineService } from '../live/live-timeline.service';
import { InterviewReportService } from '../report/interview-report.service';
import { InterviewSessionProblemEntity } from '../sessions/interview-session-problem.entity';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';
import { clockDto, sessionStatus } from '../sessions/interview-view.util';
import { InterviewsService, type InterviewCaller } from '../sessions/interviews.service';
import { describeCounts, drawMockProblems } from './mock-draw.util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PoolRow {
  id: string;
  difficulty: Difficulty;
  type: ProblemType;
  /** For `type: sql`, its dialects decide the languages it can be drawn for. */
  sql: Pick<SqlProblemDto, 'dialects'> | null;
  solved: boolean;
}

/**
 * Mock interviews: a session of kind `mock` that a signed-in account starts for itself. The same
 * session model as interviews (clock, deadline job, automatic submission, report); the owner is
 * also the candidate, there is no invite link, no interviewer and no extension.
 */
@Injectable()
export class MockInterviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly deadlines: InterviewDeadlineService,
    private readonly reports: InterviewReportService,
    private readonly timelines: LiveTimelineService,
    private readonly auth: AuthService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get sessions() {
    return this.dataSource.getRepository(InterviewSessionEntity);
  }

  /** Draws the problems and creates the mock (not started: the candidate page has the Start button). */
  async create(caller: InterviewCaller, req: CreateMockRequest): Promise<MockSummaryDto> {
    const total = req.counts.easy + req.counts.medium + req.counts.hard;
    if (total < INTERVIEW_LIMITS.problemsMin || total > INTERVIEW_LIMITS.problemsMax)
      throw new InterviewException(
        'validation_failed',
        `a mock has ${INTERVIEW_LIMITS.problemsMin}–${INTERVIEW_LIMITS.problemsMax} problems; change the counts`,
      );
    const open = await this.sessions.find({
      where: { kind: 'mock', ownerId: caller.userId, endedAt: IsNull(), cancelledAt: IsNull() },
    });
    for (const s of open) {
      const current = await this.interviews.catchUp(s);
      if (sessionStatus(current, this.clock.now()) === 'live')
        throw new InterviewException('session_live', 'finish your running mock interview first', { id: s.id });
    }

    const languages = [...new Set(req.languages)];
    const pool = (await this.pool(caller.userId, req)).filter((p) =>
      allowedLanguages(p).some((l) => languages.includes(l)),
    );
    const { picked, short } = drawMockProblems(pool, req.counts);
    const missing = Object.entries(short).map(([d, n]) => `${n} ${d}`);
    if (missing.length)
      throw new InterviewException(
        'no_problems_match',
        `not enough problems match: ${missing.join(', ')} missing; widen the topics or change the counts`,
        { short },
      );
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: caller.userId });
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (m) => {
      // One mock waits at a time: a new one replaces the caller's unstarted ones.
      await m
        .getRepository(InterviewSessionEntity)
        .createQueryBuilder()
        .update()
        .set({ cancelledAt: now })
        .where(
          "kind = 'mock' AND owner_id = :me AND started_at IS NULL AND cancelled_at IS NULL AND ended_at IS NULL",
          {
            me: caller.userId,
          },
        )
        .execute();
      const session = await m.save(
        m.create(InterviewSessionEntity, {
          kind: 'mock',
          title: `Mock interview: ${describeCounts(req.counts)}`.slice(0, INTERVIEW_LIMITS.titleMaxLength),
          ownerId: caller.userId,
          durationMinutes: req.durationMinutes,
          extensionMinutes: 0,
          languages,
          windowStart: null,
          windowEnd: null,
          candidateName: user.displayName,
          candidateEmail: user.email,
          candidateUserId: caller.userId,
          candidateIsGuest: false,
          // No invite link: the owner opens the mock with their own account (sessionToken).
          inviteTokenHash: null,
          inviteExpiresAt: now,
        }),
      );
      await m.insert(
        InterviewSessionProblemEntity,
        picked.map((p, i) => ({ sessionId: session.id, position: i + 1, problemId: p.id })),
      );
      return session.id;
    });
    return (await this.summaries([await this.sessions.findOneByOrFail({ id })]))[0];
  }

  /** The caller's mocks, newest first. */
  async list(caller: InterviewCaller): Promise<MockSummaryDto[]> {
    const rows = await this.sessions.find({
      where: { kind: 'mock', ownerId: caller.userId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    return this.summaries(await Promise.all(rows.map((r) => this.interviews.catchUp(r))));
  }

  /** A session token for the owner's candidate page (the same routes an invited candidate uses). */
  async sessionToken(caller: InterviewCaller, id: string): Promise<RedeemInviteResponse> {
    const s = await this.findOwn(caller, id);
    if (s.cancelledAt)
      throw new InterviewException('session_cancelled', 'this mock interview was replaced by a newer one');
    const accessToken = await this.auth.issueSessionToken(
      caller.userId,
      s.id,
      s.inviteVersion,
      SESSION_TOKEN_TTL_SECONDS,
    );
    return { accessToken, expiresIn: SESSION_TOKEN_TTL_SECONDS, sessionId: s.id };
  }

  /** Finish early: the last code of each problem is submitted, as at the deadline. */
  async end(caller: InterviewCaller, id: string): Promise<MockSummaryDto> {
    const s = await this.findOwn(caller, id);
    this.interviews.assertOpen(s);
    await this.deadlines.finalize(id, 'ended_early');
    return (await this.summaries([await this.sessions.findOneByOrFail({ id })]))[0];
  }

  /** The owner's report (admins may read any); there are no interviewer notes in a mock. */
  async report(caller: InterviewCaller, id: string): Promise<InterviewReportDto> {
    const s = await this.findOwn(caller, id, caller.role === 'admin');
    return this.reports.build(s);
  }

  /** The playback of one problem of the owner's mock (admins: any): their own work, replayed. */
  async timeline(caller: InterviewCaller, id: string, position: number): Promise<LiveTimelineDto> {
    const s = await this.findOwn(caller, id, caller.role === 'admin');
    return this.timelines.timelineOf(s, position);
  }

  private async findOwn(caller: InterviewCaller, id: string, anyOwner = false): Promise<InterviewSessionEntity> {
    const notFound = new InterviewException('interview_not_found', 'no such mock interview');
    if (!UUID.test(id)) throw notFound;
    const s = await this.sessions.findOneBy({ id, kind: 'mock' });
    if (!s || (!anyOwner && s.ownerId !== caller.userId)) throw notFound;
    return this.interviews.catchUp(s);
  }

  /** Catalog problems matching the list and topics, each with whether the caller solved it (anywhere). */
  private pool(userId: string, req: CreateMockRequest): Promise<PoolRow[]> {
    const params: unknown[] = [userId];
    const where: string[] = ['p.archived_at IS NULL'];
    if (req.list) {
      params.push(req.list);
      where.push(
        `p.id IN (SELECT i.problem_id FROM curated_list_items i JOIN curated_lists l ON l.id = i.list_id WHERE l.slug = $${params.length})`,
      );
    }
    if (req.tags?.length) {
      params.push(req.tags);
      where.push(`p.tags && $${params.length}::text[]`);
    }
    return this.dataSource.query<PoolRow[]>(
      `SELECT p.id, p.difficulty, p.type,
              -- Only the dialects: the column also holds every table's sample rows.
              CASE WHEN p.sql IS NULL THEN NULL ELSE jsonb_build_object('dialects', p.sql->'dialects') END AS sql,
              EXISTS (SELECT 1 FROM submissions s
                       WHERE s.problem_id = p.id AND s.user_id = $1 AND s.mode = 'submit' AND s.verdict = 'accepted') AS solved
         FROM problems p
        WHERE ${where.join(' AND ')}`,
      params,
    );
  }

  private async summaries(rows: InterviewSessionEntity[]): Promise<MockSummaryDto[]> {
    const now = this.clock.now();
    return Promise.all(
      rows.map(async (s) => {
        const problems = await this.interviews.sessionProblems(s.id);
        const finals = await this.finalVerdicts(s.id);
        return {
          ...clockDto(s, now),
          id: s.id,
          title: s.title,
          durationMinutes: s.durationMinutes,
          languages: s.languages,
          createdAt: s.createdAt.toISOString(),
          problems: problems.map((p) => ({
            position: p.position,
            slug: p.slug,
            title: p.title,
            difficulty: p.difficulty,
            finalVerdict: finals.get(p.problemId) ?? null,
          })),
        };
      }),
    );
  }

  /** The verdict of the last submit per problem. */
  private async finalVerdicts(
    sessionId: string,
  ): Promise<Map<string, MockSummaryDto['problems'][number]['finalVerdict']>> {
    const rows = await this.dataSource.query<
      { problem_id: string; verdict: MockSummaryDto['problems'][number]['finalVerdict'] }[]
    >(
      `SELECT DISTINCT ON (problem_id) problem_id, verdict FROM submissions
        WHERE interview_session_id = $1 AND mode = 'submit' ORDER BY problem_id, created_at DESC`,
      [sessionId],
    );
    return new Map(rows.map((r) => [r.problem_id, r.verdict]));
  }
}
