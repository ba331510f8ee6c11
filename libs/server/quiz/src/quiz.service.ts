import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  QUIZ_TOPICS,
  type AnswerQuizQuestionRequest,
  type QuizAnswerResultDto,
  type QuizSetDto,
  type QuizSetSummaryDto,
  type QuizTopicProgressDto,
} from '@tryout/contracts';
import type { QuizSetFile } from '@tryout/judge';
import { DataSource, In, Not } from 'typeorm';
import { QuizAnswerEntity } from './quiz-answer.entity';
import { QuizException } from './quiz.exception';
import { answerProblem, isCorrect, type QuizGiven } from './quiz-grading.util';
import { liveAnswers, toAnswerResult, toSetDto, toSetSummary } from './quiz-mapping.util';
import { QuizSetEntity } from './quiz-set.entity';

export interface QuizImportResult {
  sets: number;
  removed: number;
  /** Stored answers dropped because their question changed or left its set. */
  answersCleared: number;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Quiz sets: imported from files, answered and graded here, no sandbox. */
@Injectable()
export class QuizService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get sets() {
    return this.dataSource.getRepository(QuizSetEntity);
  }

  private get answers() {
    return this.dataSource.getRepository(QuizAnswerEntity);
  }

  private async setBySlug(slug: string): Promise<QuizSetEntity> {
    const set = SLUG.test(slug) ? await this.sets.findOneBy({ slug }) : null;
    if (!set) throw new QuizException('quiz_not_found', `no quiz set ${slug}`);
    return set;
  }

  /** A set with its answer keys, for a caller that keeps them on the server (an interview's quiz part). */
  findSet(slug: string): Promise<QuizSetEntity> {
    return this.setBySlug(slug);
  }

  private mine(userId: string | undefined, setIds?: string[]): Promise<QuizAnswerEntity[]> {
    if (!userId) return Promise.resolve([]);
    return this.answers.findBy({ userId, ...(setIds ? { setId: In(setIds) } : {}) });
  }

  async list(userId?: string): Promise<QuizSetSummaryDto[]> {
    const order = new Map(QUIZ_TOPICS.map((t, i) => [t.id as string, i]));
    const sets = (await this.sets.find({ order: { title: 'ASC' } })).sort(
      (a, b) => (order.get(a.topic) ?? 99) - (order.get(b.topic) ?? 99),
    );
    const answers = await this.mine(userId);
    return sets.map((s) => toSetSummary(s, answers));
  }

  async get(slug: string, userId?: string): Promise<QuizSetDto> {
    const set = await this.setBySlug(slug);
    return toSetDto(set, await this.mine(userId, [set.id]));
  }

  /** Grades one answer and keeps it (replacing an earlier answer to the same question). */
  async answer(
    slug: string,
    questionId: string,
    userId: string,
    body: AnswerQuizQuestionRequest,
  ): Promise<QuizAnswerResultDto> {
    const set = await this.setBySlug(slug);
    const question = set.questions.find((q) => q.id === questionId);
    if (!question) throw new QuizException('quiz_question_not_found', `quiz set ${slug} has no question ${questionId}`);
    const problem = answerProblem(question, body);
    if (problem) throw new QuizException('quiz_answer_invalid', problem);
    const given: QuizGiven =
      question.kind === 'short' ? { text: body.text!.trim() } : { choices: [...body.choices!].sort() };
    const correct = isCorrect(question, given);
    await this.answers.upsert(
      { userId, setId: set.id, questionId, given, correct, answeredAt: new Date() },
      { conflictPaths: ['userId', 'setId', 'questionId'] },
    );
    const saved = await this.answers.findOneByOrFail({ userId, setId: set.id, questionId });
    return toAnswerResult(question, saved);
  }

  /** A retake: forgets the caller's answers to this set. */
  async reset(slug: string, userId: string): Promise<void> {
    const set = await this.setBySlug(slug);
    await this.answers.delete({ userId, setId: set.id });
  }

  async progress(userId: string): Promise<QuizTopicProgressDto[]> {
    const [sets, answers] = await Promise.all([this.sets.find(), this.mine(userId)]);
    return QUIZ_TOPICS.map(({ id, label }) => {
      const mine = sets.filter((s) => s.topic === id);
      const live = mine.flatMap((s) => liveAnswers(s, answers));
      return {
        topic: id,
        label,
        sets: mine.length,
        questions: mine.reduce((n, s) => n + s.questions.length, 0),
        answered: live.length,
        correct: live.filter((a) => a.correct).length,
      };
    });
  }

  /**
   * Makes the stored sets exactly these (a catalog import). Answers to a question whose content
   * changed, or that left its set, are dropped: they were graded against another key.
   */
  async replaceSets(files: QuizSetFile[]): Promise<QuizImportResult> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['quiz-sets']);
      const removed = await m.delete(QuizSetEntity, files.length ? { slug: Not(In(files.map((f) => f.slug))) } : {});
      const existing = new Map((await m.find(QuizSetEntity)).map((s) => [s.slug, s]));
      let answersCleared = 0;
      for (const f of files) {
        const old = existing.get(f.slug);
        if (old) {
          const next = new Map(f.questions.map((q) => [q.id, JSON.stringify(q)]));
          const stale = old.questions.filter((q) => next.get(q.id) !== JSON.stringify(q)).map((q) => q.id);
          if (stale.length) {
            const r = await m.delete(QuizAnswerEntity, { setId: old.id, questionId: In(stale) });
            answersCleared += r.affected ?? 0;
          }
        }
        await m.upsert(
          QuizSetEntity,
          { slug: f.slug, title: f.title, topic: f.topic, description: f.description, questions: f.questions },
          { conflictPaths: ['slug'] },
        );
      }
      return { sets: files.length, removed: removed.affected ?? 0, answersCleared };
    });
  }
}
