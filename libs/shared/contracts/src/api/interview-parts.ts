/**
 * The non-coding parts of an interview, after its catalog problems: quiz sets (graded by the API,
 * answer keys never sent to the candidate) and open questions written by the interviewer (a free
 * text answer or a design prompt, with an optional rubric only interviewers read).
 */
import type { QuizChoiceDto, QuizQuestionKind } from './quizzes';

export const INTERVIEW_PART_LIMITS = {
  /** Quiz and open parts of one session or template, together. */
  partsMax: 6,
  openTitleMaxLength: 120,
  openPromptMaxLength: 8000,
  openRubricMaxLength: 4000,
  /** The candidate's answer to one open question, in bytes. */
  openAnswerMaxBytes: 64 * 1024,
} as const;

export const INTERVIEW_PART_KINDS = ['quiz', 'open'] as const;
export type InterviewPartKind = (typeof INTERVIEW_PART_KINDS)[number];

/** `text`: a question answered in prose. `design`: a design prompt (the answer sketches a system in Markdown). */
export const OPEN_QUESTION_FORMATS = ['text', 'design'] as const;
export type OpenQuestionFormat = (typeof OPEN_QUESTION_FORMATS)[number];

/**
 * One part as an interviewer writes it (`CreateInterviewRequest.parts`,
 * `SaveInterviewTemplateRequest.parts`). `quiz`: `quiz` is a quiz set's slug. `open`: `title` and
 * `prompt` (Markdown) are required, `format` defaults to `text`, `rubric` (Markdown) is optional.
 */
export interface InterviewPartRequest {
  kind: InterviewPartKind;
  quiz?: string;
  format?: OpenQuestionFormat;
  title?: string;
  prompt?: string;
  rubric?: string;
}

/** A part as the interviewer's pages and templates list it (no answers). Positions count from 1, apart from the problems'. */
export interface InterviewPartRefDto {
  position: number;
  kind: InterviewPartKind;
  title: string;
  /** quiz: the set's slug and its number of questions. */
  quiz?: { slug: string; questionCount: number };
  /** open: what the interviewer wrote. */
  open?: { format: OpenQuestionFormat; prompt: string; rubric: string };
}

/** A quiz question as the candidate sees it in a session: never its key, its explanation or whether they were right. */
export interface CandidateQuizQuestionDto {
  id: string;
  kind: QuizQuestionKind;
  prompt: string;
  choices?: QuizChoiceDto[];
  /** The candidate's saved answer, if any. */
  saved: { choices: string[] } | { text: string } | null;
}

/** `CandidateSessionDto.parts` (once started): no rubric, no key. */
export interface CandidatePartDto {
  position: number;
  kind: InterviewPartKind;
  title: string;
  questions?: CandidateQuizQuestionDto[];
  open?: { format: OpenQuestionFormat; prompt: string; saved: { text: string; savedAt: string } | null };
}

/**
 * PUT /api/interview/session/parts/:position/questions/:questionId/answer (session token) → 204.
 * `{ choices }` or `{ text }` as AnswerQuizQuestionRequest; saved and graded, the outcome stays on
 * the server. PUT /api/interview/session/parts/:position/answer → 204: an open question's Markdown.
 * Both: 409 `session_over` at or after the deadline, `session_not_started` before Start.
 */
export interface SaveOpenAnswerRequest {
  text: string;
}

/** One quiz question with the candidate's answer, as interviewers and the report see it. */
export interface InterviewQuizQuestionResultDto {
  id: string;
  kind: QuizQuestionKind;
  prompt: string;
  choices?: QuizChoiceDto[];
  given: { choices: string[] } | { text: string } | null;
  /** null while unanswered. */
  correct: boolean | null;
  correctChoices?: string[];
  acceptedAnswer?: string;
  answeredAt: string | null;
}

/** A part with the candidate's answers: GET /api/interviews/:id/parts (live) and `InterviewReportDto.parts`. */
export interface InterviewPartResultDto extends InterviewPartRefDto {
  /** quiz: every question, the answer and whether it is right; `score` is the right answers. */
  questions?: InterviewQuizQuestionResultDto[];
  answered?: number;
  score?: number;
  /** open: the candidate's Markdown (null: nothing saved). */
  answer?: { text: string; savedAt: string } | null;
}
