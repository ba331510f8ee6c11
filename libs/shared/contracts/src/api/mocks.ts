import type { LanguageId } from '../language';
import type { Verdict } from '../verdict';
import type { InterviewClockDto, InterviewProblemRefDto } from './interviews';
import type { Difficulty } from './problems';

/** Limits of a mock interview (API validation and the setup page both read them). */
export const MOCK_LIMITS = {
  /** Per difficulty; the total is also capped by INTERVIEW_LIMITS.problemsMax. */
  perDifficultyMax: 3,
  durationMinutesMin: 1,
  durationMinutesMax: 180,
  tagsMax: 5,
} as const;

/** How many problems of each difficulty a mock draws. */
export type MockDifficultyCounts = Record<Difficulty, number>;

/**
 * POST /api/mocks (any signed-in account) → 201 MockSummaryDto. Problems are drawn at random from
 * the catalog (or from one curated list) by difficulty, with at least one of `tags` when given;
 * problems the caller has not solved come first. The mock starts on the candidate page.
 */
export interface CreateMockRequest {
  counts: MockDifficultyCounts;
  tags?: string[];
  /** A curated list's slug (e.g. `backend-track`): draw only from it. */
  list?: string;
  durationMinutes: number;
  languages: LanguageId[];
}

/** Preset mixes offered by the setup page; each fills the custom form. */
export interface MockPreset {
  id: string;
  title: string;
  description: string;
  request: Omit<CreateMockRequest, 'languages'>;
  /** Languages the preset sets (a SQL round); otherwise the candidate's choice stays. */
  languages?: LanguageId[];
}

export const MOCK_PRESETS: readonly MockPreset[] = [
  {
    id: 'warm-up',
    title: 'Warm-up',
    description: 'One easy problem in 20 minutes.',
    request: { counts: { easy: 1, medium: 0, hard: 0 }, durationMinutes: 20 },
  },
  {
    id: 'two-mediums',
    title: 'Two mediums',
    description: 'Two medium problems in 45 minutes: the classic phone screen.',
    request: { counts: { easy: 0, medium: 2, hard: 0 }, durationMinutes: 45 },
  },
  {
    id: 'backend-track',
    title: 'Backend track',
    description: 'An easy and a medium from the backend track in 60 minutes.',
    request: { counts: { easy: 1, medium: 1, hard: 0 }, list: 'backend-track', durationMinutes: 60 },
  },
  {
    id: 'sql-round',
    title: 'SQL round',
    description: 'An easy and a medium SQL problem in 40 minutes, in PostgreSQL.',
    request: { counts: { easy: 1, medium: 1, hard: 0 }, durationMinutes: 40 },
    languages: ['postgresql'],
  },
  {
    id: 'onsite',
    title: 'Onsite loop',
    description: 'Easy, medium and hard in 90 minutes.',
    request: { counts: { easy: 1, medium: 1, hard: 1 }, durationMinutes: 90 },
  },
];

/** GET /api/mocks: the caller's own mocks, newest first. */
export interface MockSummaryDto extends InterviewClockDto {
  id: string;
  title: string;
  durationMinutes: number;
  languages: LanguageId[];
  createdAt: string;
  problems: (InterviewProblemRefDto & { finalVerdict: Verdict | null })[];
}
