import {
  INTERVIEW_PART_LIMITS,
  type CandidatePartDto,
  type InterviewPartRefDto,
  type InterviewPartRequest,
  type InterviewPartResultDto,
  type InterviewQuizQuestionResultDto,
} from '@tryout/contracts';
import { acceptedAnswer, correctChoices, toQuestionDto } from '@tryout/server-quiz';
import type { InterviewQuizAnswerEntity } from './interview-quiz-answer.entity';
import type { InterviewSessionPartEntity } from './interview-session-part.entity';

const L = INTERVIEW_PART_LIMITS;
const QUIZ_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A part as stored in a template and checked before a session is made from it. */
export type PartPlan =
  | { kind: 'quiz'; quiz: string }
  | { kind: 'open'; format: 'text' | 'design'; title: string; prompt: string; rubric: string };

/**
 * The interviewer's parts, trimmed and checked (what the DTO's shape checks cannot say): a quiz
 * names a set once, an open question has a title and a prompt. Returns what to fix, or the plans.
 */
export function planParts(parts: InterviewPartRequest[] | undefined): { error: string } | { plans: PartPlan[] } {
  const list = parts ?? [];
  if (list.length > L.partsMax) return { error: `an interview has at most ${L.partsMax} quiz and open parts` };
  const plans: PartPlan[] = [];
  for (const [i, p] of list.entries()) {
    const at = `part ${i + 1}`;
    if (p.kind === 'quiz') {
      const slug = p.quiz?.trim() ?? '';
      if (!QUIZ_SLUG.test(slug)) return { error: `${at}: quiz must be a quiz set's slug` };
      if (plans.some((x) => x.kind === 'quiz' && x.quiz === slug))
        return { error: `${at}: the quiz set ${slug} is already in this interview` };
      plans.push({ kind: 'quiz', quiz: slug });
    } else {
      const title = p.title?.trim() ?? '';
      const prompt = p.prompt?.trim() ?? '';
      if (!title) return { error: `${at}: an open question needs a title` };
      if (/[\r\n\t]/.test(title)) return { error: `${at}: the title is one line` };
      if (!prompt) return { error: `${at}: an open question needs a prompt` };
      if (title.length > L.openTitleMaxLength)
        return { error: `${at}: the title has at most ${L.openTitleMaxLength} characters` };
      if (prompt.length > L.openPromptMaxLength)
        return { error: `${at}: the prompt has at most ${L.openPromptMaxLength} characters` };
      const rubric = p.rubric?.trim() ?? '';
      if (rubric.length > L.openRubricMaxLength)
        return { error: `${at}: the rubric has at most ${L.openRubricMaxLength} characters` };
      plans.push({ kind: 'open', format: p.format ?? 'text', title, prompt, rubric });
    }
  }
  return { plans };
}

export function partRefDto(p: InterviewSessionPartEntity): InterviewPartRefDto {
  return {
    position: p.position,
    kind: p.kind,
    title: p.title,
    ...(p.kind === 'quiz'
      ? { quiz: { slug: p.quizSlug ?? '', questionCount: p.quizQuestions?.length ?? 0 } }
      : { open: { format: p.format ?? 'text', prompt: p.prompt, rubric: p.rubric } }),
  };
}

/** What the candidate sees: the questions without key or explanation, their own saved answers, no rubric, no grade. */
export function candidatePartDto(
  p: InterviewSessionPartEntity,
  answers: InterviewQuizAnswerEntity[],
): CandidatePartDto {
  if (p.kind === 'quiz') {
    const mine = new Map(answers.filter((a) => a.position === p.position).map((a) => [a.questionId, a]));
    return {
      position: p.position,
      kind: p.kind,
      title: p.title,
      questions: (p.quizQuestions ?? []).map((q) => {
        const { id, kind, prompt, choices } = toQuestionDto(q);
        return { id, kind, prompt, ...(choices ? { choices } : {}), saved: mine.get(q.id)?.given ?? null };
      }),
    };
  }
  return {
    position: p.position,
    kind: p.kind,
    title: p.title,
    open: {
      format: p.format ?? 'text',
      prompt: p.prompt,
      saved:
        p.answerText !== null && p.answerSavedAt
          ? { text: p.answerText, savedAt: p.answerSavedAt.toISOString() }
          : null,
    },
  };
}

/** What interviewers and the report see: every question with the answer, whether it is right and the key; the score. */
export function partResultDto(
  p: InterviewSessionPartEntity,
  answers: InterviewQuizAnswerEntity[],
): InterviewPartResultDto {
  const ref = partRefDto(p);
  if (p.kind !== 'quiz')
    return {
      ...ref,
      answer:
        p.answerText !== null && p.answerSavedAt
          ? { text: p.answerText, savedAt: p.answerSavedAt.toISOString() }
          : null,
    };
  const mine = new Map(answers.filter((a) => a.position === p.position).map((a) => [a.questionId, a]));
  const questions = (p.quizQuestions ?? []).map((q): InterviewQuizQuestionResultDto => {
    const a = mine.get(q.id);
    const { id, kind, prompt, choices } = toQuestionDto(q);
    return {
      id,
      kind,
      prompt,
      ...(choices ? { choices } : {}),
      given: a?.given ?? null,
      correct: a ? a.correct : null,
      ...(q.kind === 'short' ? { acceptedAnswer: acceptedAnswer(q) } : { correctChoices: correctChoices(q) }),
      answeredAt: a?.answeredAt.toISOString() ?? null,
    };
  });
  return {
    ...ref,
    questions,
    answered: questions.filter((q) => q.given).length,
    score: questions.filter((q) => q.correct).length,
  };
}
