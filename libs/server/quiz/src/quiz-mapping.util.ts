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

/** A question as a candidate sees it: never its key or explanation unless answered. */
export function toQuestionDto(question: QuizQuestionFile, answer?: QuizAnswerEntity): QuizQuestionDto {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    ...(question.choices ? { choices: question.choices.map((c, i) => ({ id: choiceId(i), text: c.text })) } : {}),
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
