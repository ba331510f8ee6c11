import type { LanguageId } from '../language';
import type { SubmissionMode, SubmissionStatus, Verdict } from '../verdict';
import type { Difficulty, ProblemDetailDto } from './problems';
import type {
  CandidatePartDto,
  InterviewPartRefDto,
  InterviewPartRequest,
  InterviewPartResultDto,
} from './interview-parts';
import type { ReportScorecardDto } from './scorecards';

/** Limits of a session, defined once (API validation and the web form both read them). */
export const INTERVIEW_LIMITS = {
  problemsMin: 1,
  problemsMax: 5,
  durationMinutesMin: 1,
  durationMinutesMax: 240,
  /** One extension (either sign) moves the deadline by at most this many minutes. */
  extendMinutesMax: 120,
  titleMaxLength: 120,
  candidateNameMaxLength: 64,
  coInterviewersMax: 5,
  reasonMaxLength: 500,
  /** One note entry, in bytes. */
  notesMaxBytes: 64 * 1024,
  /** Note entries per interviewer per session. */
  notesMaxEntries: 500,
  /** An invite without a start window expires this long after creation. */
  inviteDefaultDays: 14,
  shareLinkDefaultDays: 14,
  shareLinkMaxDays: 90,
} as const;

/**
 * `scheduled`: created, the candidate has not pressed Start. `live`: started, before the deadline.
 * `ended`: the deadline passed or an interviewer ended it (the last code of every problem is then
 * submitted once). `cancelled`: called off before it ended; nothing is submitted.
 */
export const INTERVIEW_STATUSES = ['scheduled', 'live', 'ended', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** `interview`: made by an interviewer for an invited candidate. `mock`: a timed session a signed-in candidate starts for themselves. */
export const INTERVIEW_KINDS = ['interview', 'mock'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/**
 * POST /api/interviews (interviewer, admin) → 201 CreateInterviewResponse.
 * `problems`: 1–5 catalog slugs in order; `languages`: allowed languages (each problem must
 * accept at least one); `coInterviewers`: e-mails of interviewer or admin accounts.
 */
export interface CreateInterviewRequest {
  title: string;
  problems: string[];
  durationMinutes: number;
  languages: LanguageId[];
  candidateName: string;
  candidateEmail: string;
  /** ISO times; the link works from `windowStart` (if any) until `windowEnd` (if any) for a session not yet started. */
  windowStart?: string;
  windowEnd?: string;
  /**
   * ISO time of a fixed start: the clock starts then by itself, without the candidate pressing
   * Start (who cannot start earlier). Without it, the clock starts when the candidate presses Start.
   */
  startAt?: string;
  coInterviewers?: string[];
  /** Quiz sets and open questions after the problems, in order (INTERVIEW_PART_LIMITS). */
  parts?: InterviewPartRequest[];
}

export interface InterviewProblemRefDto {
  position: number;
  slug: string;
  title: string;
  difficulty: Difficulty;
  /** The candidate's current language for it (what the deadline submits in); in the session detail only. */
  language?: LanguageId | null;
}

export interface InterviewExtensionDto {
  minutes: number;
  reason: string;
  by: string;
  at: string;
}

/** The clock as the server sees it: clients count down from `deadlineAt - serverTime`, never from their own clock alone. */
export interface InterviewClockDto {
  status: InterviewStatus;
  serverTime: string;
  startedAt: string | null;
  deadlineAt: string | null;
  endedAt: string | null;
  /** Planned duration plus every extension. */
  totalMinutes: number;
}

export interface InterviewSummaryDto extends InterviewClockDto {
  id: string;
  kind: InterviewKind;
  title: string;
  candidateName: string;
  candidateEmail: string;
  durationMinutes: number;
  createdAt: string;
  owner: string;
}

/** A run or submit of the candidate, as interviewers and the report see it. */
export interface InterviewSubmissionDto {
  id: string;
  position: number;
  problemSlug: string;
  language: LanguageId;
  mode: SubmissionMode;
  status: SubmissionStatus;
  verdict: Verdict | null;
  testsDone: number;
  testsTotal: number;
  /** Tests passed, once judged; only in reports (the candidate never gets it). Absent or null elsewhere or while judging. */
  testsPassed?: number | null;
  /** Submitted by the server at the deadline. */
  automatic: boolean;
  createdAt: string;
}

/** GET /api/interviews/:id (owner, co-interviewers, admins). */
export interface InterviewDetailDto extends InterviewSummaryDto {
  languages: LanguageId[];
  problems: InterviewProblemRefDto[];
  parts: InterviewPartRefDto[];
  windowStart: string | null;
  windowEnd: string | null;
  coInterviewers: string[];
  extensions: InterviewExtensionDto[];
  invite: { active: boolean; expiresAt: string | null; revokedAt: string | null };
  share: { active: boolean; expiresAt: string | null };
  submissions: InterviewSubmissionDto[];
}

/** The invite token is shown once: only its hash is stored. Link: `/interview/join#<inviteToken>`. */
export interface CreateInterviewResponse {
  interview: InterviewDetailDto;
  inviteToken: string;
}

/** POST /api/interviews/:id/invite → a new link (the old one stops working). */
export interface InviteTokenResponse {
  inviteToken: string;
  expiresAt: string;
}

/** POST /api/interviews/:id/extend. Negative minutes shorten; the deadline never moves before now. */
export interface ExtendInterviewRequest {
  minutes: number;
  reason: string;
}

/**
 * One entry of an interviewer's private Markdown notes, stamped by the server when written.
 * `sessionMs`: the session time then, in ms since the candidate pressed Start (null before Start;
 * a note written after the end is stamped at the end). Editing keeps the stamp.
 */
export interface InterviewNoteDto {
  id: string;
  body: string;
  sessionMs: number | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/interviews/:id/notes — the caller's own entries, oldest first. */
export interface InterviewNotesDto {
  notes: InterviewNoteDto[];
}

/** POST /api/interviews/:id/notes (a new, stamped entry), PUT /api/interviews/:id/notes/:noteId (edit). */
export interface SaveInterviewNoteRequest {
  body: string;
}

/** A note entry on the report, in session-time order. */
export interface ReportNoteDto {
  author: string;
  body: string;
  sessionMs: number | null;
  createdAt: string;
}

/** POST /api/interviews/:id/share → a read-only report link for the hiring team. */
export interface CreateShareLinkRequest {
  days?: number;
}
export interface ShareLinkResponse {
  shareToken: string;
  expiresAt: string;
}

/**
 * POST /api/interview-invites/redeem (public) → a token valid only for this session's candidate
 * routes (/api/interview/session/...). Anonymous: a guest identity. Signed in: the session is bound
 * to that account (and from then on only that account may redeem the link).
 */
export interface RedeemInviteRequest {
  token: string;
}
export interface RedeemInviteResponse {
  accessToken: string;
  expiresIn: number;
  sessionId: string;
}

/** The candidate's view of one problem: the statement without editorial or catalog stats. */
export type InterviewProblemStatementDto = Pick<
  ProblemDetailDto,
  | 'slug'
  | 'title'
  | 'difficulty'
  | 'type'
  | 'statement'
  | 'limits'
  | 'languageLimits'
  | 'samples'
  | 'starterCode'
  | 'signature'
  | 'sql'
> & {
  position: number;
  /** The session's allowed languages that this problem accepts. */
  languages: LanguageId[];
  /** Last autosaved code (server-side), if any. */
  saved: { language: LanguageId; source: string; savedAt: string } | null;
};

/** GET /api/interview/session (session token). Problems are present once the session started. */
export interface CandidateSessionDto extends InterviewClockDto {
  id: string;
  kind: InterviewKind;
  title: string;
  candidateName: string;
  durationMinutes: number;
  languages: LanguageId[];
  /** ISO time before which Start is refused (`session_not_started`); null when the link opens at once. */
  windowStart: string | null;
  problemCount: number;
  problems: InterviewProblemStatementDto[];
  partCount: number;
  /** Quiz sets and open questions, once started (no answer key, no rubric). */
  parts: CandidatePartDto[];
}

/** PUT /api/interview/session/problems/:position/code — autosave. */
export interface SaveInterviewCodeRequest {
  language: LanguageId;
  source: string;
}

/**
 * POST /api/interview/session/submissions → 202 { id }. After the deadline: 409 `session_over`;
 * before Start: 409 `session_not_started`.
 */
export interface CreateInterviewSubmissionRequest {
  position: number;
  language: LanguageId;
  mode: SubmissionMode;
  source: string;
  customInput?: string;
}

export interface InterviewReportProblemDto {
  position: number;
  slug: string;
  title: string;
  difficulty: Difficulty;
  finalCode: { language: LanguageId; source: string } | null;
  runs: number;
  submits: number;
  /** Verdict of the last submit, if any. */
  finalVerdict: Verdict | null;
  /**
   * Seconds charged to this problem from the candidate's activity (live-editor edits, runs, submits):
   * each gap to the problem of the next activity, the time after the last one to its problem, the
   * idle time before the first to none. All problems add up to the duration minus that idle time.
   */
  timeSpentSeconds: number;
  submissions: InterviewSubmissionDto[];
}

/** GET /api/interviews/:id/report, GET /api/interview-reports/:token (public, read-only share link). */
export interface InterviewReportDto {
  id: string;
  kind: InterviewKind;
  title: string;
  candidateName: string;
  candidateEmail?: string;
  clock: InterviewClockDto;
  /** The planned duration in minutes, before any time change (`clock.totalMinutes` includes them). */
  plannedMinutes?: number;
  /** When it ended or was cancelled; null while it runs or never started. */
  finishedAt?: string | null;
  /** Seconds from Start to `finishedAt` (or to now while live); null if it never started. */
  actualSeconds?: number | null;
  /** Idle seconds before the candidate's first activity (not charged to any problem). */
  idleBeforeFirstActivitySeconds?: number | null;
  extensions: InterviewExtensionDto[];
  problems: InterviewReportProblemDto[];
  /** Quiz parts with every answer and the score; open questions with the answer and the rubric. */
  parts: InterviewPartResultDto[];
  notes: ReportNoteDto[];
  /** Submitted scorecards. An interviewer of the session who has not submitted theirs sees none (`scorecardsHidden` counts them). */
  scorecards: ReportScorecardDto[];
  scorecardsHidden: number;
}

/** SSE `event: clock` on GET /api/interview/session/clock: the InterviewClockDto, sent at once, on every change and every few seconds. */
export const INTERVIEW_CLOCK_EVENT = 'clock' as const;
