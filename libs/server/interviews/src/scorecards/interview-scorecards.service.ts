import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type InterviewScorecardFormDto,
  type InterviewScorecardsDto,
  type ReportScorecardDto,
  type SaveScorecardRequest,
  type ScorecardDto,
} from '@tryout/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewException } from '../interview.exception';
import { InterviewPartsService } from '../parts/interview-parts.service';
import { InterviewInterviewerEntity } from '../sessions/interview-interviewer.entity';
import type { InterviewSessionEntity } from '../sessions/interview-session.entity';
import { InterviewsService, type InterviewCaller } from '../sessions/interviews.service';
import { InterviewScorecardFormEntity } from './interview-scorecard-form.entity';
import { InterviewScorecardEntity } from './interview-scorecard.entity';
import { ScorecardTemplatesService } from './scorecard-templates.service';

/** Who reads a report: a signed-in caller, or nobody in particular (the share link). */
export type ScorecardViewer = InterviewCaller | null;

/**
 * Per session: the template picked for it and one scorecard per interviewer. Scores are given
 * independently: an interviewer of the session sees the others' scorecards only after submitting
 * their own, and a submitted scorecard is final.
 */
@Injectable()
export class InterviewScorecardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly templates: ScorecardTemplatesService,
    private readonly parts: InterviewPartsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(caller: InterviewCaller, id: string): Promise<InterviewScorecardsDto> {
    const s = await this.interviews.findVisible(caller, id);
    const [form, cards, participant] = await Promise.all([
      this.dataSource.getRepository(InterviewScorecardFormEntity).findOneBy({ sessionId: id }),
      this.dataSource.getRepository(InterviewScorecardEntity).find({ where: { sessionId: id } }),
      this.isParticipant(s, caller.userId),
    ]);
    const names = await this.interviews.userNames([
      ...cards.map((c) => c.authorId),
      ...(form?.chosenBy ? [form.chosenBy] : []),
    ]);
    const mine = cards.find((c) => c.authorId === caller.userId) ?? null;
    const others = cards.filter((c) => c.authorId !== caller.userId && c.submittedAt);
    const open = !participant || !!mine?.submittedAt;
    return {
      form: form ? formDto(form, names) : null,
      mine: mine ? cardDto(mine, names) : null,
      others: open ? others.map((c) => cardDto(c, names)) : [],
      hiddenCount: open ? 0 : others.length,
    };
  }

  /** Any interviewer of the session picks the template; once someone started a scorecard it is fixed. */
  async chooseTemplate(caller: InterviewCaller, id: string, templateId: string): Promise<InterviewScorecardsDto> {
    await this.interviews.findVisible(caller, id);
    const t = await this.templates.find(templateId);
    if (t.archivedAt)
      throw new InterviewException('scorecard_template_archived', 'this template is archived; pick an active one');
    await this.dataSource.transaction(async (m) => {
      await this.lock(m, id);
      const current = await m.getRepository(InterviewScorecardFormEntity).findOneBy({ sessionId: id });
      if (current?.templateId === t.id) return;
      if (await m.getRepository(InterviewScorecardEntity).existsBy({ sessionId: id }))
        throw new InterviewException(
          'scorecard_template_locked',
          'a scorecard was already started on this session; its template can no longer change',
        );
      await m.getRepository(InterviewScorecardFormEntity).upsert(
        {
          sessionId: id,
          templateId: t.id,
          name: t.name,
          criteria: t.criteria,
          chosenBy: caller.userId,
          chosenAt: this.clock.now(),
        },
        ['sessionId'],
      );
    });
    return this.get(caller, id);
  }

  /**
   * Saves the caller's scorecard (`submit`: every score and the recommendation are required, and
   * it becomes final). Only the session's own interviewers fill one.
   */
  async save(
    caller: InterviewCaller,
    id: string,
    req: SaveScorecardRequest,
    submit: boolean,
  ): Promise<InterviewScorecardsDto> {
    const s = await this.interviews.findVisible(caller, id);
    if (!(await this.isParticipant(s, caller.userId)))
      throw new InterviewException('forbidden', 'only the interviewers of this session fill scorecards');
    const openQuestions = await this.parts.openQuestions(id);
    const openScores = req.openScores ?? [];
    if (openScores.length && openScores.length !== openQuestions.length)
      throw new InterviewException(
        'validation_failed',
        `openScores must have one entry per open question (${openQuestions.length}), in part order`,
      );
    await this.dataSource.transaction(async (m) => {
      await this.lock(m, id);
      const form = await m.getRepository(InterviewScorecardFormEntity).findOneBy({ sessionId: id });
      if (!form)
        throw new InterviewException('scorecard_template_missing', 'pick a scorecard template for this session first');
      if (req.scores.length !== form.criteria.length)
        throw new InterviewException(
          'validation_failed',
          `scores must have one entry per criterion (${form.criteria.length}), in the template's order`,
        );
      if (submit) {
        const open = [
          ...form.criteria.filter((_, i) => req.scores[i].score === null).map((c) => c.name),
          ...openQuestions.filter((_, i) => (openScores[i]?.score ?? null) === null).map((q) => q.title),
        ];
        if (open.length || !req.recommendation)
          throw new InterviewException(
            'scorecard_incomplete',
            `to submit, score every criterion and open question${open.length ? ` (missing: ${open.join(', ')})` : ''} and give a recommendation`,
          );
      }
      const now = this.clock.now();
      const rows = await m.query<unknown[]>(
        `INSERT INTO interview_scorecards (session_id, author_id, scores, recommendation, submitted_at, updated_at, open_scores)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7::jsonb)
         ON CONFLICT (session_id, author_id) DO UPDATE
           SET scores = EXCLUDED.scores, open_scores = EXCLUDED.open_scores, recommendation = EXCLUDED.recommendation,
               submitted_at = EXCLUDED.submitted_at, updated_at = EXCLUDED.updated_at
         WHERE interview_scorecards.submitted_at IS NULL
         RETURNING session_id`,
        [
          id,
          caller.userId,
          JSON.stringify(req.scores.map((x) => ({ score: x.score, comment: x.comment.trim() }))),
          req.recommendation,
          submit ? now : null,
          now,
          JSON.stringify(openScores.map((x) => ({ score: x.score, comment: x.comment.trim() }))),
        ],
      );
      if (!rows.length) throw new InterviewException('scorecard_submitted', 'your scorecard is submitted and final');
    });
    return this.get(caller, id);
  }

  /** The submitted scorecards for a report; an interviewer of the session who has not submitted sees none. */
  async forReport(
    s: InterviewSessionEntity,
    viewer: ScorecardViewer,
  ): Promise<{ cards: ReportScorecardDto[]; hidden: number }> {
    const [form, cards, openQuestions] = await Promise.all([
      this.dataSource.getRepository(InterviewScorecardFormEntity).findOneBy({ sessionId: s.id }),
      this.dataSource
        .getRepository(InterviewScorecardEntity)
        .find({ where: { sessionId: s.id }, order: { submittedAt: 'ASC', authorId: 'ASC' } }),
      this.parts.openQuestions(s.id),
    ]);
    const submitted = cards.filter((c) => c.submittedAt && c.recommendation);
    if (!form || !submitted.length) return { cards: [], hidden: 0 };
    if (viewer && (await this.isParticipant(s, viewer.userId))) {
      const mine = submitted.some((c) => c.authorId === viewer.userId);
      if (!mine) return { cards: [], hidden: submitted.length };
    }
    const names = await this.interviews.userNames(submitted.map((c) => c.authorId));
    return {
      cards: submitted.map((c) => ({
        author: names.get(c.authorId) ?? '',
        template: form.name,
        criteria: form.criteria.map((cr, i) => ({
          ...cr,
          score: c.scores[i]?.score ?? 0,
          comment: c.scores[i]?.comment ?? '',
        })),
        openQuestions: openQuestions.map((q, i) => ({
          ...q,
          score: c.openScores[i]?.score ?? 0,
          comment: c.openScores[i]?.comment ?? '',
        })),
        recommendation: c.recommendation!,
        submittedAt: c.submittedAt!.toISOString(),
      })),
      hidden: 0,
    };
  }

  /** The owner and the co-interviewers (an admin reading someone else's session is an observer). */
  private async isParticipant(s: InterviewSessionEntity, userId: string): Promise<boolean> {
    if (s.ownerId === userId) return true;
    return this.dataSource.getRepository(InterviewInterviewerEntity).existsBy({ sessionId: s.id, userId });
  }

  /** Picking the template and saving a scorecard of one session run one at a time. */
  private async lock(m: EntityManager, sessionId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('interview-scorecards:' || $1))`, [sessionId]);
  }
}

function formDto(f: InterviewScorecardFormEntity, names: Map<string, string>): InterviewScorecardFormDto {
  return {
    templateId: f.templateId,
    name: f.name,
    criteria: f.criteria,
    chosenBy: (f.chosenBy && names.get(f.chosenBy)) || '',
    chosenAt: f.chosenAt.toISOString(),
  };
}

function cardDto(c: InterviewScorecardEntity, names: Map<string, string>): ScorecardDto {
  return {
    author: names.get(c.authorId) ?? '',
    scores: c.scores,
    openScores: c.openScores ?? [],
    recommendation: c.recommendation,
    submittedAt: c.submittedAt?.toISOString() ?? null,
    updatedAt: c.updatedAt.toISOString(),
  };
}
