import { createHash } from 'node:crypto';
import type { QuizAnswerResultDto, QuizQuestionDto, QuizSetDto, QuizSetSummaryDto } from '@tryout/contracts';
import type { QuizQuestionFile } from '@tryout/judge';
import type { QuizAnswerEntity } from './quiz-answer.entity';
import { acceptedAnswer, choiceId, correctChoices } from './quiz-grading.util';
import type { QuizSetEntity } from './quiz-set.entity';

/** What an answered question reveals: the outcome, the key and the explanation. */
export function toAnswerResult(question: QuizQuestionFile, answer: QuizAnswerEntity): QuizAnswerResultDto {
  return {
    questionId: question.id,
    correct: answer.correct,
    given: answer.given,
    ...(question.kind === 'short'
      ? { acceptedAnswer: acceptedAnswer(question) }
      : { correctChoices: correctChoices(question) }),
    explanation: question.explanation,
    answeredAt: answer.answeredAt.toISOString(),
  };
}

/**
 * The order choices are shown in: fixed per question (so a reload or a retake shows the same
 * page) but independent of the file's order, where authors tend to put the right answer first.
 * Ids stay the file's (`a` is always the first choice in the file).
 */
export function displayOrder(questionId: string, count: number): number[] {
  const key = (i: number) => createHash('sha256').update(`${questionId}\0${i}`).digest('hex');
  return Array.from({ length: count }, (_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

/** A question as a candidate sees it: never its key or explanation unless answered. */
export function toQuestionDto(question: QuizQuestionFile, answer?: QuizAnswerEntity): QuizQuestionDto {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    ...(question.choices
      ? {
          choices: displayOrder(question.id, question.choices.length).map((i) => ({
            id: choiceId(i),
            text: question.choices![i].text,
          })),
        }
      : {}),
    ...(answer ? { result: toAnswerResult(question, answer) } : {}),
  };
}

/** Answers that still belong to a question of the set (a question may have left the file). */
export function liveAnswers(set: QuizSetEntity, answers: QuizAnswerEntity[]): QuizAnswerEntity[] {
  const ids = new Set(set.questions.map((q) => q.id));
  return answers.filter((a) => a.setId === set.id && ids.has(a.questionId));
}

export function toSetSummary(set: QuizSetEntity, answers: QuizAnswerEntity[]): QuizSetSummaryDto {
  const mine = liveAnswers(set, answers);
  return {
    slug: set.slug,
    title: set.title,
    topic: set.topic,
    description: set.description,
    questionCount: set.questions.length,
    answered: mine.length,
    correct: mine.filter((a) => a.correct).length,
  };
}

export function toSetDto(set: QuizSetEntity, answers: QuizAnswerEntity[]): QuizSetDto {
  const byQuestion = new Map(liveAnswers(set, answers).map((a) => [a.questionId, a]));
  return { ...toSetSummary(set, answers), questions: set.questions.map((q) => toQuestionDto(q, byQuestion.get(q.id))) };
}
