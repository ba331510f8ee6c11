import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INTERVIEW_PART_LIMITS,
  type AnswerQuizQuestionRequest,
  type CandidatePartDto,
  type InterviewPartRefDto,
  type InterviewPartRequest,
  type InterviewPartResultDto,
} from '@tryout/contracts';
import { QuizException, QuizService, answerProblem, isCorrect, type QuizGiven } from '@tryout/server-quiz';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewException } from '../interview.exception';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';
import { assertSessionOpen } from '../sessions/interview-view.util';
import { candidatePartDto, partRefDto, partResultDto, planParts, type PartPlan } from './interview-parts.util';
import { InterviewQuizAnswerEntity } from './interview-quiz-answer.entity';
import { InterviewSessionPartEntity } from './interview-session-part.entity';

type NewPart = Omit<InterviewSessionPartEntity, 'sessionId' | 'position' | 'session'>;

/**
 * The quiz sets and open questions of a session. Callers authorise first (the interviewer's
 * visibility, the candidate's session token); this service stores, grades and maps. Answer keys
 * and rubrics leave it only in interviewer-facing shapes.
 */
@Injectable()
export class InterviewPartsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly quizzes: QuizService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Checks the interviewer's parts (sets exist, open questions complete): the rows a session will hold, in order. */
  async resolve(parts: InterviewPartRequest[] | undefined): Promise<{ plans: PartPlan[]; rows: NewPart[] }> {
    const planned = planParts(parts);
    if ('error' in planned) throw new InterviewException('validation_failed', planned.error);
    const rows: NewPart[] = [];
    for (const plan of planned.plans) {
      if (plan.kind === 'quiz') {
        const set = await this.quizzes.findSet(plan.quiz);
        rows.push({
          kind: 'quiz',
          title: set.title,
          quizSlug: set.slug,
          quizQuestions: set.questions,
          format: null,
          prompt: '',
          rubric: '',
          answerText: null,
          answerSavedAt: null,
        });
      } else {
        rows.push({
          kind: 'open',
          title: plan.title,
          quizSlug: null,
          quizQuestions: null,
          format: plan.format,
          prompt: plan.prompt,
          rubric: plan.rubric,
          answerText: null,
          answerSavedAt: null,
        });
      }
    }
    return { plans: planned.plans, rows };
  }

  async insert(m: EntityManager, sessionId: string, rows: NewPart[]): Promise<void> {
    if (!rows.length) return;
    await m.insert(
      InterviewSessionPartEntity,
      rows.map((r, i) => ({ ...r, sessionId, position: i + 1 })),
    );
  }

  private parts(sessionId: string): Promise<InterviewSessionPartEntity[]> {
    return this.dataSource
      .getRepository(InterviewSessionPartEntity)
      .find({ where: { sessionId }, order: { position: 'ASC' } });
  }

  private answers(sessionId: string): Promise<InterviewQuizAnswerEntity[]> {
    return this.dataSource.getRepository(InterviewQuizAnswerEntity).find({ where: { sessionId } });
  }

  async refs(sessionId: string): Promise<InterviewPartRefDto[]> {
    return (await this.parts(sessionId)).map(partRefDto);
  }

  /** Open questions in part order: what a scorecard scores beside its criteria. */
  async openQuestions(sessionId: string): Promise<{ position: number; title: string }[]> {
    return (await this.parts(sessionId))
      .filter((p) => p.kind === 'open')
      .map((p) => ({ position: p.position, title: p.title }));
  }

  /** Interviewers and the report: answers, correctness and keys, rubrics. */
  async results(sessionId: string): Promise<InterviewPartResultDto[]> {
    const [parts, answers] = await Promise.all([this.parts(sessionId), this.answers(sessionId)]);
    return parts.map((p) => partResultDto(p, answers));
  }

  /** The candidate: questions without keys, their saved answers, no grade, no rubric. */
  async forCandidate(sessionId: string): Promise<CandidatePartDto[]> {
    const [parts, answers] = await Promise.all([this.parts(sessionId), this.answers(sessionId)]);
    return parts.map((p) => candidatePartDto(p, answers));
  }

  async count(sessionId: string): Promise<number> {
    return this.dataSource.getRepository(InterviewSessionPartEntity).countBy({ sessionId });
  }

  /** Saves and grades one quiz answer (replacing an earlier one); the outcome stays on the server. */
  async answerQuestion(
    sessionId: string,
    position: number,
    questionId: string,
    body: AnswerQuizQuestionRequest,
  ): Promise<void> {
    await this.whileOpen(sessionId, async (m, now) => {
      const part = await this.part(m, sessionId, position, 'quiz');
      const question = (part.quizQuestions ?? []).find((q) => q.id === questionId);
      if (!question)
        throw new QuizException('quiz_question_not_found', `part ${position} has no question ${questionId}`);
      const problem = answerProblem(question, body);
      if (problem) throw new QuizException('quiz_answer_invalid', problem);
      const given: QuizGiven =
        question.kind === 'short' ? { text: body.text!.trim() } : { choices: [...body.choices!].sort() };
      await m
        .getRepository(InterviewQuizAnswerEntity)
        .upsert({ sessionId, position, questionId, given, correct: isCorrect(question, given), answeredAt: now }, [
          'sessionId',
          'position',
          'questionId',
        ]);
    });
  }

  /** Autosaves an open question's Markdown answer. */
  async saveOpenAnswer(sessionId: string, position: number, text: string): Promise<void> {
    if (Buffer.byteLength(text, 'utf8') > INTERVIEW_PART_LIMITS.openAnswerMaxBytes)
      throw new InterviewException(
        'validation_failed',
        `the answer has at most ${INTERVIEW_PART_LIMITS.openAnswerMaxBytes / 1024} KiB`,
      );
    await this.whileOpen(sessionId, async (m, now) => {
      await this.part(m, sessionId, position, 'open');
      await m
        .getRepository(InterviewSessionPartEntity)
        .update({ sessionId, position }, { answerText: text, answerSavedAt: now });
    });
  }

  /**
   * Runs a write while the session is live, holding its row (FOR SHARE): the finaliser marks the
   * session ended under a row lock, so a write is either in before the end or refused after it.
   */
  private async whileOpen(sessionId: string, write: (m: EntityManager, now: Date) => Promise<void>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const s = await m
        .getRepository(InterviewSessionEntity)
        .findOneOrFail({ where: { id: sessionId }, lock: { mode: 'pessimistic_read' } });
      const now = this.clock.now();
      if (assertSessionOpen(s, now) === 'scheduled')
        throw new InterviewException('session_not_started', 'press Start first');
      await write(m, now);
    });
  }

  private async part(
    m: EntityManager,
    sessionId: string,
    position: number,
    kind: 'quiz' | 'open',
  ): Promise<InterviewSessionPartEntity> {
    const part = await m.getRepository(InterviewSessionPartEntity).findOneBy({ sessionId, position });
    if (!part || part.kind !== kind)
      throw new InterviewException(
        'interview_part_not_found',
        `this interview has no ${kind === 'quiz' ? 'quiz' : 'open question'} at part ${position}`,
      );
    return part;
  }
}
