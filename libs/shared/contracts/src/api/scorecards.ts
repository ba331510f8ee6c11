/** Limits of scorecard templates and scorecards, defined once (API validation and the web forms read them). */
export const SCORECARD_LIMITS = {
  nameMaxLength: 80,
  criteriaMin: 1,
  criteriaMax: 12,
  criterionNameMaxLength: 80,
  criterionDescriptionMaxLength: 500,
  commentMaxLength: 2000,
  scoreMin: 1,
  scoreMax: 4,
} as const;

/** The final recommendation of a scorecard, from worst to best. */
export const SCORECARD_RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type ScorecardRecommendation = (typeof SCORECARD_RECOMMENDATIONS)[number];
export const SCORECARD_RECOMMENDATION_LABELS: Record<ScorecardRecommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};

/** What each point of the 1–4 scale means (no middle point: the interviewer leans one way). */
export const SCORECARD_SCORE_LABELS: Record<number, string> = {
  1: 'Poor',
  2: 'Weak',
  3: 'Good',
  4: 'Excellent',
};

export interface ScorecardCriterionDto {
  name: string;
  description: string;
}

/** GET /api/admin/scorecard-templates (admin, archived included), GET /api/scorecard-templates (interviewers: active only). */
export interface ScorecardTemplateDto {
  id: string;
  name: string;
  criteria: ScorecardCriterionDto[];
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * POST /api/admin/scorecard-templates, PUT /api/admin/scorecard-templates/:id (admin). Names are
 * unique (409 `scorecard_template_name_taken`). Sessions keep a copy of the criteria they picked,
 * so editing or archiving a template never changes a filled scorecard.
 */
export interface SaveScorecardTemplateRequest {
  name: string;
  criteria: ScorecardCriterionDto[];
}

/** The template a session uses, copied when an interviewer picked it. */
export interface InterviewScorecardFormDto {
  templateId: string;
  name: string;
  criteria: ScorecardCriterionDto[];
  chosenBy: string;
  chosenAt: string;
}

/** PUT /api/interviews/:id/scorecard-template. 409 `scorecard_template_locked` once anyone started a scorecard. */
export interface ChooseScorecardTemplateRequest {
  templateId: string;
}

/** One criterion's score (1–4; null while a draft leaves it open) and comment, in the form's order. */
export interface ScorecardScoreDto {
  score: number | null;
  comment: string;
}

/**
 * PUT /api/interviews/:id/scorecards/mine saves a draft; POST …/mine/submit saves and submits (every
 * score and the recommendation required). A submitted scorecard is final: 409 `scorecard_submitted`.
 */
export interface SaveScorecardRequest {
  scores: ScorecardScoreDto[];
  recommendation: ScorecardRecommendation | null;
  /**
   * One per open question of the session, in part order (1–4 and a comment, like a criterion);
   * required to submit when the session has open questions. Omitted: none.
   */
  openScores?: ScorecardScoreDto[];
}

export interface ScorecardDto {
  author: string;
  scores: ScorecardScoreDto[];
  /** One per open question of the session, in part order. */
  openScores: ScorecardScoreDto[];
  recommendation: ScorecardRecommendation | null;
  submittedAt: string | null;
  updatedAt: string;
}

/**
 * GET /api/interviews/:id/scorecards (the session's interviewers, admins). Other interviewers'
 * submitted scorecards are listed only once the caller submitted their own (`hiddenCount` says how
 * many wait), so every score is given independently.
 */
export interface InterviewScorecardsDto {
  form: InterviewScorecardFormDto | null;
  mine: ScorecardDto | null;
  others: ScorecardDto[];
  hiddenCount: number;
}

/** A submitted scorecard as the report shows it. */
export interface ReportScorecardDto {
  author: string;
  template: string;
  criteria: (ScorecardCriterionDto & { score: number; comment: string })[];
  /** The open questions' scores: `position` is the part's. */
  openQuestions: { position: number; title: string; score: number; comment: string }[];
  recommendation: ScorecardRecommendation;
  submittedAt: string;
}
