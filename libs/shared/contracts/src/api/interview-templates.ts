import type { LanguageId } from '../language';
import type { InterviewPartRefDto, InterviewPartRequest } from './interview-parts';
import type { InterviewProblemRefDto } from './interviews';

export const INTERVIEW_TEMPLATE_LIMITS = { nameMaxLength: 120 } as const;

/**
 * POST /api/interview-templates, PUT /api/interview-templates/:id (interviewer, admin): a named,
 * reusable set of problems (in order), a duration and the allowed languages. Same limits as a
 * session (INTERVIEW_LIMITS).
 */
export interface SaveInterviewTemplateRequest {
  name: string;
  problems: string[];
  durationMinutes: number;
  languages: LanguageId[];
  /** Quiz sets and open questions after the problems (as in CreateInterviewRequest). */
  parts?: InterviewPartRequest[];
}

/** Interviewers see their own templates; admins see all. */
export interface InterviewTemplateDto {
  id: string;
  name: string;
  problems: InterviewProblemRefDto[];
  parts: InterviewPartRefDto[];
  durationMinutes: number;
  languages: LanguageId[];
  owner: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * POST /api/interview-templates/:id/interviews → 201 CreateInterviewResponse: a session with the
 * template's problems, parts, duration and languages; the title defaults to the template's name.
 */
export interface CreateInterviewFromTemplateRequest {
  title?: string;
  candidateName: string;
  candidateEmail: string;
  windowStart?: string;
  windowEnd?: string;
  coInterviewers?: string[];
}
