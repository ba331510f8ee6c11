import { QUIZ_SHORT_ANSWER_MAX } from '@tryout/contracts';
import { quizPattern, type QuizQuestionFile } from '@tryout/judge';

/** Choice ids in file order: `a`, `b`, … */
export function choiceId(index: number): string {
  return String.fromCharCode(97 + index);
}

export type QuizGiven = { choices: string[] } | { text: string };

/** An answer the question cannot take, with what to send instead; null when it can be graded. */
export function answerProblem(question: QuizQuestionFile, given: { choices?: unknown; text?: unknown }): string | null {
  if (question.kind === 'short') {
    if (given.choices !== undefined || typeof given.text !== 'string')
      return 'this is a short-answer question: send { "text": "<your answer>" }';
    if (!given.text.trim()) return 'the answer must not be empty';
    if (given.text.length > QUIZ_SHORT_ANSWER_MAX) return `the answer has at most ${QUIZ_SHORT_ANSWER_MAX} characters`;
    return null;
  }
  const ids = (question.choices ?? []).map((_, i) => choiceId(i));
  if (given.text !== undefined || !Array.isArray(given.choices))
    return `this is a ${question.kind}-choice question: send { "choices": [...] } with ids from ${ids.join(', ')}`;
  const choices = given.choices as unknown[];
  if (choices.some((c) => typeof c !== 'string' || !ids.includes(c)))
    return `choices must be ids of this question's choices: ${ids.join(', ')}`;
  if (new Set(choices).size !== choices.length) return 'a choice is given twice';
  if (question.kind === 'single' && choices.length !== 1) return 'pick exactly one choice';
  if (question.kind === 'multiple' && choices.length < 1) return 'pick at least one choice';
  return null;
}

/** Spaces collapsed, ends trimmed; case folded unless it matters. */
function normalise(text: string, caseSensitive: boolean): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return caseSensitive ? t : t.toLowerCase();
}

/**
 * A number, optionally followed by words without digits: a unit or a name as people write it
 * ("201 Created", "5 ms"). Digits after it ("201 or 200") are a second answer: not taken.
 */
const NUMERIC_ANSWER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?:\s+[^\d\s][^\d]*)?$/;

/** Whether a well-formed answer (answerProblem returned null) is right. */
export function isCorrect(question: QuizQuestionFile, given: QuizGiven): boolean {
  if ('text' in given) {
    const accept = question.accept;
    if (!accept) return false;
    if ('exact' in accept)
      return accept.exact.some(
        (a) => normalise(a, accept.caseSensitive) === normalise(given.text, accept.caseSensitive),
      );
    if ('numeric' in accept) {
      const m = NUMERIC_ANSWER.exec(given.text.trim());
      if (!m) return false;
      return Math.abs(Number(m[1]) - accept.numeric) <= accept.tolerance;
    }
    return quizPattern(accept.pattern).test(given.text.trim());
  }
  const right = correctChoices(question);
  return given.choices.length === right.length && given.choices.every((c) => right.includes(c));
}

export function correctChoices(question: QuizQuestionFile): string[] {
  return (question.choices ?? []).flatMap((c, i) => (c.correct ? [choiceId(i)] : []));
}

/** An accepted short answer as a person would write it. */
export function acceptedAnswer(question: QuizQuestionFile): string | undefined {
  const accept = question.accept;
  if (!accept) return undefined;
  if ('exact' in accept) return accept.exact[0];
  if ('numeric' in accept)
    return accept.tolerance ? `${accept.numeric} (± ${accept.tolerance})` : String(accept.numeric);
  return accept.example;
}
