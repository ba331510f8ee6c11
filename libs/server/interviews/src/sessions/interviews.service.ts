import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INTERVIEW_LIMITS,
  type CreateInterviewRequest,
  type CreateInterviewResponse,
  type InterviewDetailDto,
  type InterviewPartResultDto,
  type InterviewSummaryDto,
  type InviteTokenResponse,
  type Role,
  type ShareLinkResponse,
} from '@tryout/contracts';
import { ProblemEntity, allowedLanguages } from '@tryout/server-problems';
import { SubmissionsService } from '@tryout/server-submissions';
import { UserEntity, normalizeEmail } from '@tryout/server-users';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewDeadlineService } from '../deadline/interview-deadline.service';
import { InterviewException } from '../interview.exception';
import { InterviewPartsService } from '../parts/interview-parts.service';
import { InterviewEventsService } from './interview-events.service';
import { InterviewExtensionEntity } from './interview-extension.entity';
import { InterviewInterviewerEntity } from './interview-interviewer.entity';
import { InterviewSessionProblemEntity } from './interview-session-problem.entity';
import { InterviewSessionEntity } from './interview-session.entity';
import {
  clockDto,
  hashLinkToken,
  interviewSubmissionDto,
  newLinkToken,
  assertSessionOpen,
  sessionStatus,
  type SubmissionRow,
} from './interview-view.util';

export interface InterviewCaller {
  userId: string;
  role: Role;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 24 * 3600 * 1000;

/** The interviewer's side: sessions, the clock's controls and links. */
@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: InterviewDeadlineService,
    private readonly events: InterviewEventsService,
    private readonly parts: InterviewPartsService,
    private readonly submissions: SubmissionsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get sessions() {
    return this.dataSource.getRepository(InterviewSessionEntity);
  }

  async create(caller: InterviewCaller, req: CreateInterviewRequest): Promise<CreateInterviewResponse> {
    const now = this.clock.now();
    const bySlug = await this.resolveProblems(req.problems, req.languages);
    const { rows: parts } = await this.parts.resolve(req.parts);
    const windowStart = req.windowStart ? new Date(req.windowStart) : null;
    const windowEnd = req.windowEnd ? new Date(req.windowEnd) : null;
    if (windowStart && windowEnd && windowEnd <= windowStart)
      throw new InterviewException('validation_failed', 'windowEnd must be after windowStart');
    if (windowEnd && windowEnd <= now) throw new InterviewException('validation_failed', 'windowEnd is in the past');
    const startAt = req.startAt ? new Date(req.startAt) : null;
    if (startAt && startAt <= now) throw new InterviewException('validation_failed', 'startAt is in the past');
    if (startAt && windowStart && startAt < windowStart)
      throw new InterviewException('validation_failed', 'startAt must not be before windowStart');
    if (startAt && windowEnd && windowEnd <= startAt)
      throw new InterviewException(
        'validation_failed',
        'windowEnd must be after startAt (the link must work at the start)',
      );
    // A fixed start stores the clock now; sessionStatus keeps it scheduled until startAt.
    const deadlineAt = startAt ? new Date(startAt.getTime() + req.durationMinutes * 60_000) : null;
    const coEmails = [...new Set((req.coInterviewers ?? []).map(normalizeEmail))];
    const coUsers = coEmails.length
      ? await this.dataSource.getRepository(UserEntity).find({ where: { email: In(coEmails) } })
      : [];
    const unknown = coEmails.filter((e) => !coUsers.some((u) => u.email === e && u.role !== 'candidate'));
    if (unknown.length)
      throw new InterviewException('validation_failed', `not interviewer accounts: ${unknown.join(', ')}`);

    const inviteToken = newLinkToken();
    const id = await this.dataSource.transaction(async (m) => {
      const session = await m.save(
        m.create(InterviewSessionEntity, {
          kind: 'interview',
          title: req.title.trim(),
          ownerId: caller.userId,
          durationMinutes: req.durationMinutes,
          extensionMinutes: 0,
          languages: [...new Set(req.languages)],
          windowStart,
          windowEnd,
          startedAt: startAt,
          deadlineAt,
          candidateName: req.candidateName.trim(),
          candidateEmail: normalizeEmail(req.candidateEmail),
          inviteTokenHash: hashLinkToken(inviteToken),
          // A fixed start beyond the default expiry keeps the link working until its deadline.
          inviteExpiresAt:
            windowEnd ??
            new Date(Math.max(now.getTime() + INTERVIEW_LIMITS.inviteDefaultDays * DAY_MS, deadlineAt?.getTime() ?? 0)),
        }),
      );
      await m.insert(
        InterviewSessionProblemEntity,
        req.problems.map((slug, i) => ({ sessionId: session.id, position: i + 1, problemId: bySlug.get(slug)!.id })),
      );
      await this.parts.insert(m, session.id, parts);
      const co = coUsers.filter((u) => u.id !== caller.userId);
      if (co.length)
        await m.insert(
          InterviewInterviewerEntity,
          co.map((u) => ({ sessionId: session.id, userId: u.id })),
        );
      return session.id;
    });
    if (deadlineAt) await this.deadlines.schedule(id, deadlineAt);
    return { interview: await this.detail(caller, id), inviteToken };
  }

  /**
   * The problems behind `slugs`, checked as a session needs them: each once, each in the catalog,
   * each accepting one of `languages`. Sessions and templates share this rule.
   */
  async resolveProblems(
    slugs: string[],
    languages: string[],
  ): Promise<Map<string, Pick<ProblemEntity, 'id' | 'slug' | 'type'>>> {
    if (new Set(slugs).size !== slugs.length)
      throw new InterviewException('validation_failed', 'a problem may appear only once in a session');
    const problems = await this.dataSource
      .getRepository(ProblemEntity)
      .find({ where: { slug: In(slugs), archivedAt: IsNull() }, select: ['id', 'slug', 'type', 'sql'] });
    const bySlug = new Map(problems.map((p) => [p.slug, p]));
    const missing = slugs.filter((slug) => !bySlug.has(slug));
    if (missing.length) throw new InterviewException('problem_not_found', `no problem ${missing.join(', ')}`);
    for (const p of problems) {
      if (!allowedLanguages(p).some((l) => languages.includes(l))) {
        throw new InterviewException(
          'language_not_allowed',
          `${p.slug} accepts none of the chosen languages; add one of ${allowedLanguages(p).join(', ')}`,
        );
      }
    }
    return bySlug;
  }

  async list(caller: InterviewCaller): Promise<InterviewSummaryDto[]> {
    const qb = this.sessions
      .createQueryBuilder('s')
      .where('s.kind = :kind', { kind: 'interview' })
      .orderBy('s.created_at', 'DESC')
      .take(200);
    if (caller.role !== 'admin') {
      qb.andWhere(
        '(s.owner_id = :me OR EXISTS (SELECT 1 FROM interview_interviewers i WHERE i.session_id = s.id AND i.user_id = :me))',
        { me: caller.userId },
      );
    }
    const rows = await qb.getMany();
    const owners = await this.userNames(rows.map((r) => r.ownerId));
    const now = this.clock.now();
    return rows.map((s) => this.summary(s, owners, now));
  }

  /** Owner, co-interviewers and admins; everyone else gets "not found" (ids leak nothing). */
  async findVisible(caller: InterviewCaller, id: string): Promise<InterviewSessionEntity> {
    const notFound = new InterviewException('interview_not_found', 'no such interview');
    if (!UUID.test(id)) throw notFound;
    const session = await this.sessions.findOneBy({ id });
    if (!session) throw notFound;
    if (caller.role === 'admin' || session.ownerId === caller.userId) return this.catchUp(session);
    if (session.kind === 'interview' && caller.role === 'interviewer') {
      const co = await this.dataSource
        .getRepository(InterviewInterviewerEntity)
        .existsBy({ sessionId: id, userId: caller.userId });
      if (co) return this.catchUp(session);
    }
    throw notFound;
  }

  /** A session by id, no visibility check (for callers that already authorised the caller). */
  sessionById(id: string): Promise<InterviewSessionEntity> {
    return this.sessions.findOneByOrFail({ id });
  }

  /** A session read past its deadline is finalised on the spot (the deadline job may still be on its way). */
  async catchUp(session: InterviewSessionEntity): Promise<InterviewSessionEntity> {
    if (!session.endedAt && sessionStatus(session, this.clock.now()) === 'ended') {
      await this.deadlines.finalize(session.id, 'deadline');
      return this.sessions.findOneByOrFail({ id: session.id });
    }
    return session;
  }

  async detail(caller: InterviewCaller, id: string): Promise<InterviewDetailDto> {
    const s = await this.findVisible(caller, id);
    return this.detailOf(s);
  }

  async detailOf(s: InterviewSessionEntity): Promise<InterviewDetailDto> {
    const now = this.clock.now();
    const [problems, parts, co, extensions] = await Promise.all([
      this.sessionProblems(s.id),
      this.parts.refs(s.id),
      this.dataSource.getRepository(InterviewInterviewerEntity).find({ where: { sessionId: s.id } }),
      this.dataSource
        .getRepository(InterviewExtensionEntity)
        .find({ where: { sessionId: s.id }, order: { createdAt: 'ASC' } }),
    ]);
    const names = await this.userNames([s.ownerId, ...co.map((c) => c.userId), ...extensions.map((e) => e.byUserId)]);
    const coEmails = co.length
      ? (await this.dataSource.getRepository(UserEntity).find({ where: { id: In(co.map((c) => c.userId)) } })).map(
          (u) => u.email,
        )
      : [];
    return {
      ...this.summary(s, names, now),
      languages: s.languages,
      problems: problems.map((p) => ({
        position: p.position,
        slug: p.slug,
        title: p.title,
        difficulty: p.difficulty,
        // The live view highlights the candidate's code in the language they picked.
        language: p.latestLanguage ?? null,
      })),
      parts,
      windowStart: s.windowStart?.toISOString() ?? null,
      windowEnd: s.windowEnd?.toISOString() ?? null,
      coInterviewers: coEmails,
      extensions: extensions.map((e) => ({
        minutes: e.minutes,
        reason: e.reason,
        by: names.get(e.byUserId) ?? '',
        at: e.createdAt.toISOString(),
      })),
      invite: {
        active: !!s.inviteTokenHash && s.inviteExpiresAt > now,
        expiresAt: s.inviteTokenHash ? s.inviteExpiresAt.toISOString() : null,
        revokedAt: s.inviteRevokedAt?.toISOString() ?? null,
      },
      share: {
        active: !!s.shareTokenHash && !!s.shareExpiresAt && s.shareExpiresAt > now,
        expiresAt: s.shareTokenHash ? (s.shareExpiresAt?.toISOString() ?? null) : null,
      },
      submissions: await this.sessionSubmissions(s.id, problems),
    };
  }

  /** The quiz and open parts with the candidate's answers as they come in (interviewers poll it). */
  async partResults(caller: InterviewCaller, id: string): Promise<InterviewPartResultDto[]> {
    const s = await this.findVisible(caller, id);
    return this.parts.results(s.id);
  }

  async cancel(caller: InterviewCaller, id: string): Promise<InterviewDetailDto> {
    const s = await this.findVisible(caller, id);
    this.assertOpen(s);
    await this.sessions.update({ id }, { cancelledAt: this.clock.now() });
    await this.events.changed(id);
    return this.detail(caller, id);
  }

  /**
   * Moves the deadline by `minutes` (negative shortens), recorded with who and why. Before Start it
   * changes the duration. The deadline never moves before now: shortening past it ends the session.
   */
  async extend(caller: InterviewCaller, id: string, minutes: number, reason: string): Promise<InterviewDetailDto> {
    if (minutes === 0) throw new InterviewException('validation_failed', 'minutes must not be 0');
    // The report shows who changed the time and why: a blank reason says nothing.
    if (!reason.trim()) throw new InterviewException('validation_failed', 'a reason is required');
    const now = this.clock.now();
    await this.findVisible(caller, id);
    let deadline: Date | null = null;
    await this.dataSource.transaction(async (m) => {
      const s = await m
        .getRepository(InterviewSessionEntity)
        .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      this.assertOpen(s);
      // Not started yet (no clock, or a fixed start still ahead): the planned duration changes.
      const waiting = !s.deadlineAt || !s.startedAt || now < s.startedAt;
      if (waiting && s.durationMinutes + s.extensionMinutes + minutes < INTERVIEW_LIMITS.durationMinutesMin) {
        throw new InterviewException('validation_failed', 'the session would have no time left');
      }
      s.extensionMinutes += minutes;
      if (s.startedAt && s.deadlineAt && waiting) {
        s.deadlineAt = new Date(s.startedAt.getTime() + (s.durationMinutes + s.extensionMinutes) * 60_000);
        deadline = s.deadlineAt;
      } else if (s.deadlineAt) {
        const moved = s.deadlineAt.getTime() + minutes * 60_000;
        s.deadlineAt = new Date(Math.max(moved, now.getTime()));
        deadline = s.deadlineAt;
      }
      await m.save(s);
      await m.insert(InterviewExtensionEntity, {
        sessionId: id,
        minutes,
        reason: reason.trim(),
        byUserId: caller.userId,
      });
    });
    if (deadline) {
      await this.deadlines.schedule(id, deadline);
      if ((deadline as Date).getTime() <= now.getTime()) await this.deadlines.finalize(id, 'deadline');
    }
    await this.events.changed(id);
    return this.detail(caller, id);
  }

  /** Ends now (also before Start); the last code of each problem is submitted. */
  async end(caller: InterviewCaller, id: string): Promise<InterviewDetailDto> {
    const s = await this.findVisible(caller, id);
    this.assertOpen(s);
    await this.deadlines.finalize(id, 'ended_early');
    return this.detail(caller, id);
  }

  /** A new invite link; the previous link and every token issued from it stop working at once. */
  async rotateInvite(caller: InterviewCaller, id: string): Promise<InviteTokenResponse> {
    const s = await this.findVisible(caller, id);
    this.assertOpen(s);
    const token = newLinkToken();
    const now = this.clock.now();
    const expiresAt =
      s.windowEnd && s.windowEnd > now
        ? s.windowEnd
        : new Date(now.getTime() + INTERVIEW_LIMITS.inviteDefaultDays * DAY_MS);
    await this.sessions.update(
      { id },
      {
        inviteTokenHash: hashLinkToken(token),
        inviteVersion: s.inviteVersion + 1,
        inviteExpiresAt: expiresAt,
        inviteRevokedAt: null,
      },
    );
    await this.events.changed(id);
    return { inviteToken: token, expiresAt: expiresAt.toISOString() };
  }

  async revokeInvite(caller: InterviewCaller, id: string): Promise<InterviewDetailDto> {
    const s = await this.findVisible(caller, id);
    await this.sessions.update(
      { id },
      { inviteTokenHash: null, inviteVersion: s.inviteVersion + 1, inviteRevokedAt: this.clock.now() },
    );
    await this.events.changed(id);
    return this.detail(caller, id);
  }

  /** A read-only report link for the hiring team; a new one replaces the old. */
  async share(caller: InterviewCaller, id: string, days?: number): Promise<ShareLinkResponse> {
    await this.findVisible(caller, id);
    const token = newLinkToken();
    const expiresAt = new Date(this.clock.now().getTime() + (days ?? INTERVIEW_LIMITS.shareLinkDefaultDays) * DAY_MS);
    await this.sessions.update({ id }, { shareTokenHash: hashLinkToken(token), shareExpiresAt: expiresAt });
    return { shareToken: token, expiresAt: expiresAt.toISOString() };
  }

  async revokeShare(caller: InterviewCaller, id: string): Promise<void> {
    await this.findVisible(caller, id);
    await this.sessions.update({ id }, { shareTokenHash: null, shareExpiresAt: null });
  }

  /** The session behind a share link, if the link is live. */
  async findByShareToken(token: string): Promise<InterviewSessionEntity> {
    const s = token ? await this.sessions.findOneBy({ shareTokenHash: hashLinkToken(token) }) : null;
    if (!s?.shareExpiresAt || s.shareExpiresAt <= this.clock.now())
      throw new InterviewException('share_link_invalid', 'this report link is unknown, expired or revoked');
    return this.catchUp(s);
  }

  assertOpen(s: InterviewSessionEntity): void {
    assertSessionOpen(s, this.clock.now());
  }

  async sessionProblems(sessionId: string, m: EntityManager = this.dataSource.manager) {
    const rows = await m
      .getRepository(InterviewSessionProblemEntity)
      .find({ where: { sessionId }, order: { position: 'ASC' } });
    const problems = rows.length
      ? await m.getRepository(ProblemEntity).find({
          where: { id: In(rows.map((r) => r.problemId)) },
          select: ['id', 'slug', 'title', 'difficulty', 'type', 'sql'],
        })
      : [];
    const byId = new Map(problems.map((p) => [p.id, p]));
    return rows.map((r) => {
      const p = byId.get(r.problemId)!;
      return { ...r, slug: p.slug, title: p.title, difficulty: p.difficulty, type: p.type, sql: p.sql };
    });
  }

  /**
   * The session's submissions, oldest first. Tests done while one is judged come from its live
   * progress; the candidate (`reader`) gets them for runs only, as in practice (summaryDto): a
   * submit's count would time its hidden tests.
   */
  async sessionSubmissions(
    sessionId: string,
    problems: { problemId: string; position: number; slug: string }[],
    reader: 'interviewer' | 'candidate' = 'interviewer',
  ): Promise<ReturnType<typeof interviewSubmissionDto>[]> {
    const rows = await this.dataSource.query<SubmissionRow[]>(
      `SELECT id, problem_id, language, mode, status, verdict, tests_done, tests_total, automatic, created_at
         FROM submissions WHERE interview_session_id = $1 ORDER BY created_at ASC`,
      [sessionId],
    );
    const byId = new Map(problems.map((p) => [p.problemId, p]));
    const dtos = rows.map((r) => interviewSubmissionDto(r, byId));
    const live = dtos.filter((d) => reader === 'interviewer' || d.mode === 'run');
    await this.submissions.withLiveCounts(live);
    return dtos;
  }

  async userNames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { id: In(unique) }, select: ['id', 'displayName'] });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  private summary(s: InterviewSessionEntity, names: Map<string, string>, now: Date): InterviewSummaryDto {
    return {
      ...clockDto(s, now),
      id: s.id,
      kind: s.kind,
      title: s.title,
      candidateName: s.candidateName,
      candidateEmail: s.candidateEmail,
      durationMinutes: s.durationMinutes,
      createdAt: s.createdAt.toISOString(),
      owner: names.get(s.ownerId) ?? '',
    };
  }
}
