/**
 * Knowledge questions (quiz sets): graded by the API, no sandbox. Answer keys and explanations
 * reach the browser only for questions the caller has answered.
 */

/** The topics of backend work a quiz set belongs to, in display order. One place for ids and labels. */
export const QUIZ_TOPICS = [
  { id: 'http', label: 'HTTP and REST' },
  { id: 'api-design', label: 'API design' },
  { id: 'databases', label: 'Databases' },
  { id: 'caching', label: 'Caching' },
  { id: 'security', label: 'Security' },
  { id: 'scaling', label: 'Scaling and reliability' },
  { id: 'operations', label: 'Operations' },
] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number]['id'];
export const QUIZ_TOPIC_IDS: readonly QuizTopic[] = QUIZ_TOPICS.map((t) => t.id);

export function quizTopicLabel(topic: QuizTopic): string {
  return QUIZ_TOPICS.find((t) => t.id === topic)?.label ?? topic;
}

/** single: exactly one choice is right; multiple: pick every right choice; short: type the answer. */
export type QuizQuestionKind = 'single' | 'multiple' | 'short';

/** Most characters a short answer may have. */
export const QUIZ_SHORT_ANSWER_MAX = 200;

/** GET /api/quizzes → one per set, with the caller's progress when signed in. */
export interface QuizSetSummaryDto {
  slug: string;
  title: string;
  topic: QuizTopic;
  description: string;
  questionCount: number;
  /** Questions the caller has answered / answered right (0 for anonymous callers). */
  answered: number;
  correct: number;
}

export interface QuizChoiceDto {
  /** `a`, `b`, … in the order the file gives. */
  id: string;
  /** Markdown (inline). */
  text: string;
}

/** The outcome of one answer, and what the question teaches: only after answering. */
export interface QuizAnswerResultDto {
  questionId: string;
  correct: boolean;
  /** What the caller answered: choice ids, or the text. */
  given: { choices: string[] } | { text: string };
  /** The right choice ids (single, multiple). */
  correctChoices?: string[];
  /** An accepted answer, as a person would write it (short). */
  acceptedAnswer?: string;
  /** Markdown. */
  explanation: string;
  answeredAt: string;
}

export interface QuizQuestionDto {
  id: string;
  kind: QuizQuestionKind;
  /** Markdown. */
  prompt: string;
  /** single and multiple only. */
  choices?: QuizChoiceDto[];
  /** Present once the caller has answered. */
  result?: QuizAnswerResultDto;
}

/** GET /api/quizzes/:slug */
export interface QuizSetDto extends QuizSetSummaryDto {
  questions: QuizQuestionDto[];
}

/**
 * POST /api/quizzes/:slug/questions/:questionId/answer (signed in). Exactly one of the two:
 * `choices` for single/multiple, `text` for short. 400 `quiz_answer_invalid` names what to send.
 */
export interface AnswerQuizQuestionRequest {
  choices?: string[];
  text?: string;
}

/** GET /api/me/quiz-progress → per topic, every topic listed. */
export interface QuizTopicProgressDto {
  topic: QuizTopic;
  label: string;
  sets: number;
  questions: number;
  answered: number;
  correct: number;
}
