import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AnswerQuizQuestionRequest,
  type CandidateSessionDto,
  type CreateInterviewSubmissionRequest,
  type InterviewClockDto,
  type InterviewSubmissionDto,
  type LanguageId,
  type RedeemInviteResponse,
  type SubmissionDto,
} from '@tryout/contracts';
import { CatalogService, allowedLanguages } from '@tryout/server-problems';
import { SubmissionsService } from '@tryout/server-submissions';
import { AuthService, UserEntity, type AuthPrincipal } from '@tryout/server-users';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { GUEST_RETENTION_MS, InterviewDeadlineService } from '../deadline/interview-deadline.service';
import { InterviewException } from '../interview.exception';
import { InterviewPartsService } from '../parts/interview-parts.service';
import { InterviewEventsService } from '../sessions/interview-events.service';
import { InterviewSessionProblemEntity } from '../sessions/interview-session-problem.entity';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';
import { clockDto, hashLinkToken, sessionStatus } from '../sessions/interview-view.util';
import { InterviewsService } from '../sessions/interviews.service';

/** Lifetime of a session token. Reloading the page redeems the link again, so this only bounds a stolen token. */
export const SESSION_TOKEN_TTL_SECONDS = 6 * 3600;

/** The candidate's side: the invite link, Start, autosave, runs and submits, all inside one session. */
@Injectable()
export class CandidateSessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly deadlines: InterviewDeadlineService,
    private readonly events: InterviewEventsService,
    private readonly submissions: SubmissionsService,
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly parts: InterviewPartsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Trades an invite token for a session token. Anonymous callers get the session's guest
   * identity; a signed-in caller binds the session to their account (first come). A session bound
   * to an account opens only for that account.
   */
  async redeem(token: string, caller: AuthPrincipal | undefined): Promise<RedeemInviteResponse> {
    const invalid = new InterviewException('invite_invalid', 'this interview link is unknown, expired or revoked');
    if (!token) throw invalid;
    const hash = hashLinkToken(token);
    const session = await this.dataSource.transaction(async (m) => {
      const s = await m
        .getRepository(InterviewSessionEntity)
        .findOne({ where: { inviteTokenHash: hash }, lock: { mode: 'pessimistic_write' } });
      if (!s) throw invalid;
      const now = this.clock.now();
      if (s.cancelledAt) throw new InterviewException('session_cancelled', 'this interview was cancelled');
      if ((!s.startedAt || now < s.startedAt) && s.inviteExpiresAt <= now) throw invalid;
      // After the retention the link is dead too (and its guest identity disabled by the sweep).
      if (s.endedAt && now.getTime() - s.endedAt.getTime() >= GUEST_RETENTION_MS) throw invalid;
      if (s.candidateUserId) {
        if (caller && caller.userId === s.candidateUserId) return s;
        if (s.candidateIsGuest) return s;
        throw new InterviewException('invite_bound', 'this interview is bound to another account; sign in with it');
      }
      if (caller) {
        s.candidateUserId = caller.userId;
        s.candidateIsGuest = false;
      } else {
        const guest = await m.save(
          m.create(UserEntity, {
            email: `guest-${s.id}@guests.invalid`,
            displayName: s.candidateName.slice(0, 64),
            // Not an argon2 hash: no password ever verifies against it.
            passwordHash: '!interview-guest',
            role: 'candidate',
          }),
        );
        s.candidateUserId = guest.id;
        s.candidateIsGuest = true;
      }
      return m.save(s);
    });
    const accessToken = await this.auth.issueSessionToken(
      session.candidateUserId!,
      session.id,
      session.inviteVersion,
      SESSION_TOKEN_TTL_SECONDS,
    );
    return { accessToken, expiresIn: SESSION_TOKEN_TTL_SECONDS, sessionId: session.id };
  }

  /** The session of a session token, if the token is still good (a revoked or rotated link ends it at once). */
  async sessionOf(principal: AuthPrincipal): Promise<InterviewSessionEntity> {
    const scope = principal.session;
    if (!scope) throw new InterviewException('interview_not_found', 'no interview session in this token');
    const s = await this.dataSource.getRepository(InterviewSessionEntity).findOneBy({ id: scope.id });
    if (!s || s.candidateUserId !== principal.userId)
      throw new InterviewException('interview_not_found', 'no such interview');
    if (s.inviteVersion !== scope.inviteVersion || (!s.inviteTokenHash && s.kind === 'interview'))
      throw new InterviewException('invite_revoked', 'the interviewer revoked this link');
    return this.interviews.catchUp(s);
  }

  async clockOf(principal: AuthPrincipal): Promise<InterviewClockDto> {
    return clockDto(await this.sessionOf(principal), this.clock.now());
  }

  async view(principal: AuthPrincipal): Promise<CandidateSessionDto> {
    const s = await this.sessionOf(principal);
    const now = this.clock.now();
    const clock = clockDto(s, now);
    const [problems, partCount] = await Promise.all([this.interviews.sessionProblems(s.id), this.parts.count(s.id)]);
    // Statements only once the clock runs (or ran): the ready page shows rules, not questions.
    const visible = clock.status === 'live' || (clock.status === 'ended' && !!s.startedAt);
    return {
      ...clock,
      id: s.id,
      kind: s.kind,
      title: s.title,
      candidateName: s.candidateName,
      durationMinutes: s.durationMinutes,
      languages: s.languages,
      windowStart: s.windowStart?.toISOString() ?? null,
      problemCount: problems.length,
      problems: visible
        ? await Promise.all(
            problems.map(async (p) => {
              const d = await this.catalog.detail(p.slug);
              return {
                position: p.position,
                slug: d.slug,
                title: d.title,
                difficulty: d.difficulty,
                type: d.type,
                statement: d.statement,
                limits: d.limits,
                // Only the session's languages: the limits line and verdicts name the ones that apply.
                languageLimits: Object.fromEntries(
                  Object.entries(d.languageLimits).filter(([l]) => s.languages.includes(l as LanguageId)),
                ),
                samples: d.samples,
                starterCode: d.starterCode,
                signature: d.signature,
                // SQL problems: the schema and dialects, as on the practice page (absent for other types).
                ...(d.sql ? { sql: d.sql } : {}),
                languages: allowedLanguages(p).filter((l) => s.languages.includes(l)),
                saved:
                  p.latestSource !== null && p.latestLanguage
                    ? { language: p.latestLanguage, source: p.latestSource, savedAt: p.latestSavedAt!.toISOString() }
                    : null,
              };
            }),
          )
        : [],
      partCount,
      parts: visible ? await this.parts.forCandidate(s.id) : [],
    };
  }

  /** Saves (and grades, out of the candidate's sight) one answer of a quiz part; refused outside the session's time. */
  async answerQuizQuestion(
    principal: AuthPrincipal,
    position: number,
    questionId: string,
    body: AnswerQuizQuestionRequest,
  ): Promise<void> {
    const s = await this.sessionOf(principal);
    await this.parts.answerQuestion(s.id, position, questionId, body);
  }

  /** Autosaves the Markdown answer of an open question; refused outside the session's time. */
  async saveOpenAnswer(principal: AuthPrincipal, position: number, text: string): Promise<void> {
    const s = await this.sessionOf(principal);
    await this.parts.saveOpenAnswer(s.id, position, text);
  }

  /** Starts the clock: the deadline is stored now and a job is armed for it. Pressing Start twice is harmless. */
  async start(principal: AuthPrincipal): Promise<CandidateSessionDto> {
    const s = await this.sessionOf(principal);
    const now = this.clock.now();
    const status = sessionStatus(s, now);
    if (status === 'live') return this.view(principal);
    this.interviews.assertOpen(s);
    if (s.windowStart && now < s.windowStart)
      throw new InterviewException('session_not_started', `this interview opens at ${s.windowStart.toISOString()}`);
    if (s.startedAt)
      throw new InterviewException(
        'session_not_started',
        `this interview starts by itself at ${s.startedAt.toISOString()}; Start is not needed`,
      );
    const deadlineAt = new Date(now.getTime() + (s.durationMinutes + s.extensionMinutes) * 60_000);
    const result = await this.dataSource
      .getRepository(InterviewSessionEntity)
      .createQueryBuilder()
      .update()
      .set({ startedAt: now, deadlineAt })
      .where('id = :id AND started_at IS NULL AND cancelled_at IS NULL AND ended_at IS NULL', { id: s.id })
      .execute();
    if (result.affected) {
      await this.deadlines.schedule(s.id, deadlineAt);
      await this.events.changed(s.id);
    }
    return this.view(principal);
  }

  /** Autosave: the latest code per problem lives on the server (and is what the deadline submits). */
  async saveCode(principal: AuthPrincipal, position: number, language: LanguageId, source: string): Promise<void> {
    const { session, problem } = await this.liveProblem(principal, position, language);
    if (source.trim()) this.submissions.checkSource(source);
    await this.dataSource
      .getRepository(InterviewSessionProblemEntity)
      .update(
        { sessionId: session.id, position: problem.position },
        { latestLanguage: language, latestSource: source, latestSavedAt: this.clock.now() },
      );
  }

  /** A run or submit, refused after the deadline (409 session_over); also saves the code as the latest. */
  async submit(principal: AuthPrincipal, req: CreateInterviewSubmissionRequest): Promise<{ id: string }> {
    const { session, problem } = await this.liveProblem(principal, req.position, req.language);
    const created = await this.submissions.create(
      { userId: principal.userId, role: 'candidate' },
      {
        problem: problem.slug,
        language: req.language,
        mode: req.mode,
        source: req.source,
        customInput: req.customInput,
      },
      { interviewSessionId: session.id, languages: session.languages },
    );
    await this.dataSource
      .getRepository(InterviewSessionProblemEntity)
      .update(
        { sessionId: session.id, position: problem.position },
        { latestLanguage: req.language, latestSource: req.source, latestSavedAt: this.clock.now() },
      );
    return created;
  }

  async listSubmissions(principal: AuthPrincipal): Promise<InterviewSubmissionDto[]> {
    const s = await this.sessionOf(principal);
    return this.interviews.sessionSubmissions(s.id, await this.interviews.sessionProblems(s.id), 'candidate');
  }

  /** One of this session's submissions (the candidate's own): the full result, hidden tests as pass/fail only. */
  async submission(principal: AuthPrincipal, id: string): Promise<SubmissionDto> {
    const s = await this.sessionOf(principal);
    const caller = { userId: principal.userId, role: 'candidate' as const };
    const found = await this.submissions.findVisible(caller, id);
    if (found.interviewSessionId !== s.id)
      throw new InterviewException('interview_not_found', 'no such submission in this interview');
    return this.submissions.get(caller, id);
  }

  private async liveProblem(principal: AuthPrincipal, position: number, language: LanguageId) {
    const session = await this.sessionOf(principal);
    const status = sessionStatus(session, this.clock.now());
    if (status === 'scheduled') throw new InterviewException('session_not_started', 'press Start first');
    this.interviews.assertOpen(session);
    const problems = await this.interviews.sessionProblems(session.id);
    const problem = problems.find((p) => p.position === position);
    if (!problem) throw new InterviewException('problem_not_found', `this interview has no problem ${position}`);
    const allowed = allowedLanguages(problem).filter((l) => session.languages.includes(l));
    if (!allowed.includes(language))
      throw new InterviewException('language_not_allowed', `${language} is not allowed here`, { allowed });
    return { session, problem };
  }
}
