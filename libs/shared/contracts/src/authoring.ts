import type { Difficulty, ProblemType } from './api/problems';
import type { LanguageId } from './language';
import type { Verdict } from './verdict';

/**
 * Catalog authoring (admins only). Every route below answers 401 to anonymous callers and 403
 * `forbidden` to every role but admin. Edits go to a draft (one open draft per problem); Validate
 * judges the draft's solutions through the judge queue; Publish turns a validated draft into the
 * next immutable version. Never-published drafts and unpublished versions are invisible to
 * everyone else (404 `problem_not_found` on the public routes).
 */

export const AUTHORING_PAGE_SIZE_MAX = 100;

/** `draft`: never published (only a draft exists). `archived`: published, hidden from candidates. */
export const AUTHORING_PROBLEM_STATUSES = ['draft', 'published', 'archived'] as const;
export type AuthoringProblemStatus = (typeof AUTHORING_PROBLEM_STATUSES)[number];

/**
 * Validation state of a draft: `none` never validated (or no draft); `queued`/`running` in flight;
 * `passed`/`failed` finished on the draft's current content; `stale` the last validation ran on
 * content that has changed since (Publish needs a new one); `error` the run itself failed (judge error).
 */
export const VALIDATION_STATES = ['none', 'queued', 'running', 'passed', 'failed', 'stale', 'error'] as const;
export type ValidationState = (typeof VALIDATION_STATES)[number];

export interface EditorRefDto {
  id: string | null;
  /** The editor's e-mail at the time of the edit. */
  label: string;
}

/**
 * One row of GET /api/admin/problems: published/archived problems and never-published drafts.
 * `id` is the problem's uuid (the package uuid), also for a never-published draft.
 */
export interface AuthoringProblemSummaryDto {
  id: string;
  /** Catalog number; null until the first publish. */
  number: number | null;
  slug: string;
  title: string;
  difficulty: Difficulty;
  type: ProblemType;
  status: AuthoringProblemStatus;
  /** Latest published version; null when never published. */
  currentVersion: number | null;
  /** The open draft, if any. */
  draftId: string | null;
  /** Of the open draft; `none` without a draft. */
  validation: ValidationState;
  /** Who last changed the draft (or published/archived the problem); null for problems only imported from files. */
  lastEditor: EditorRefDto | null;
  updatedAt: string;
}

/** GET /api/admin/problems. `q`: case-insensitive substring of title or slug. */
export interface AuthoringProblemListQuery {
  q?: string;
  status?: AuthoringProblemStatus;
  page?: number;
  pageSize?: number;
}

export interface AuthoringProblemListResponse {
  items: AuthoringProblemSummaryDto[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ProblemVersionSummaryDto {
  version: number;
  contentHash: string;
  createdAt: string;
  sampleCount: number;
  hiddenCount: number;
  timeLimitMs: number;
  /** Submissions judged on this version. */
  submissionCount: number;
}

/** GET /api/admin/problems/:problemId → the summary plus every version, newest first. 404 `problem_not_found`. */
export interface AuthoringProblemDetailDto extends AuthoringProblemSummaryDto {
  versions: ProblemVersionSummaryDto[];
}

/**
 * POST /api/admin/problems/:problemId/archive and …/unarchive → 200 AuthoringProblemSummaryDto.
 * Archived problems leave the public catalog (404 to non-admins); their submissions stay.
 * 409 `problem_not_published` for a never-published draft.
 */

// ─── Drafts ──────────────────────────────────────────────────────────────────

export interface AuthoringParamDto {
  name: string;
  /** `int`, `long`, `double`, `bool`, `string`, `T[]`, `T[][]`, `ListNode`, `TreeNode` (`void` as a return only). */
  type: string;
}

/** How returned values are compared: `exact`, `any_order`, `any_order_deep` or `float:<eps>`. */
export type AuthoringCompareMode = string;

export type AuthoringCallableDto =
  | { kind: 'function'; name: string; params: AuthoringParamDto[]; returns: string; compare: AuthoringCompareMode }
  | {
      kind: 'class';
      name: string;
      constructorParams: AuthoringParamDto[];
      methods: { name: string; params: AuthoringParamDto[]; returns: string }[];
      compare: AuthoringCompareMode;
    };

export interface AuthoringLimitsDto {
  /** Per test, before language multipliers. Null: derived by Validate from the accepted solutions (the Kattis rule). */
  timeLimitMs: number | null;
  memoryMb: number;
  outputMb: number;
  /** Kattis rule parameters (defaults 2 and 1.5). */
  timeMultiplier: number;
  timeSafetyMargin: number;
}

/** Output checking: the default validator with its flags, or the custom validator below. */
export interface AuthoringCheckingDto {
  kind: 'default' | 'custom';
  flags: string[];
}

/** A custom output validator (Kattis protocol): C, C++ or Python source files. */
export interface AuthoringValidatorDto {
  language: LanguageId;
  /** The file compiled or run as the entry point; one of `files`. */
  entry: string;
  files: { path: string; content: string }[];
}

/**
 * A reference, wrong or slow solution. `path` as in a package's `submissions/` folder
 * (`accepted/sol.py`, `time_limit_exceeded/slow.java`); the language comes from `language`.
 * `expected`: the verdicts any of which counts as matching (as the package folders mean).
 */
export interface AuthoringSolutionDto {
  path: string;
  language: LanguageId;
  expected: Verdict[];
  source: string;
}

/** Everything of a draft except its tests. PATCH sends any subset of these fields. */
export interface DraftContentDto {
  slug: string;
  title: string;
  type: ProblemType;
  difficulty: Difficulty;
  tags: string[];
  source: string | null;
  /** Markdown with `$…$` math, rendered exactly as on the problem page. */
  statement: string;
  editorial: string | null;
  hints: string[];
  limits: AuthoringLimitsDto;
  checking: AuthoringCheckingDto;
  /** Function/design problems only; null for stdio. */
  callable: AuthoringCallableDto | null;
  /** Explicit starters; languages without one get a generated starter at publish. */
  starters: Partial<Record<LanguageId, string>>;
  solutions: AuthoringSolutionDto[];
  validator: AuthoringValidatorDto | null;
}

/** Test files larger than this are not inlined in DraftTestDto (`input`/`answer` null, fetch them raw). */
export const DRAFT_TEST_INLINE_MAX_BYTES = 65_536;
/** Largest test file accepted by the streamed upload route. */
export const DRAFT_TEST_FILE_MAX_BYTES = 64 * 1024 * 1024;
/** Largest package zip accepted by POST /api/admin/packages. */
export const PACKAGE_ZIP_MAX_BYTES = 128 * 1024 * 1024;

export interface DraftTestDto {
  id: string;
  /**
   * 0-based position in judging order: samples first, then hidden, each group in the package order of
   * the names (as `tryout import` reads a folder), so a published version and its zip agree.
   */
  index: number;
  /** Without the group: `1`, `g1/03`. Published as `sample/<name>` or `secret/<name>`. */
  name: string;
  hidden: boolean;
  inputBytes: number;
  answerBytes: number;
  /** Null when larger than DRAFT_TEST_INLINE_MAX_BYTES: GET …/tests/:testId/input (or /answer) gives it raw. */
  input: string | null;
  answer: string | null;
  validatorFlags: string[] | null;
}

export interface ProblemDraftDto {
  id: string;
  /** The problem's uuid (new for a problem created in the browser). */
  problemId: string;
  /** The published version the draft was opened from; null for a new problem. */
  baseVersion: number | null;
  /** SHA-256 over what judging depends on (tests, limits, checking, signature, solutions), with the importer's hashing. */
  contentHash: string;
  content: DraftContentDto;
  tests: DraftTestDto[];
  validation: ValidationState;
  lastEditor: EditorRefDto | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * POST /api/admin/drafts → 201 ProblemDraftDto: a new problem as a draft. 409 `slug_taken` when a problem
 * or another draft has the slug. Other fields start empty/default (easy, no tags, limits 256 MiB /
 * 8 MiB, derived time limit).
 */
export interface CreateDraftRequest {
  slug: string;
  title: string;
  type: ProblemType;
}

/**
 * POST /api/admin/problems/:problemId/draft → 200 ProblemDraftDto: the open draft of a published problem,
 * created from its current version (and presentation) when there is none.
 * GET /api/admin/drafts/:draftId → ProblemDraftDto; 404 `problem_draft_not_found`.
 * PATCH /api/admin/drafts/:draftId (Partial<DraftContentDto>) → ProblemDraftDto. 400 `validation_failed`
 * with field details for a bad signature, tag, limit, solution path or verdict; 409 `slug_taken`.
 * DELETE /api/admin/drafts/:draftId → 204: discards the draft (the published versions stay).
 */
export type UpdateDraftRequest = Partial<DraftContentDto>;

/**
 * POST /api/admin/drafts/:draftId/tests (JSON, up to API_BODY_LIMIT_BYTES) → 201 DraftTestDto,
 * appended at the end of its group. `name` defaults to the next free number (`01`, `02`, …).
 * PATCH /api/admin/drafts/:draftId/tests/:testId (any subset) → DraftTestDto. 404 `test_not_found`.
 * DELETE /api/admin/drafts/:draftId/tests/:testId → 204.
 * PUT /api/admin/drafts/:draftId/tests/:testId/input (or /answer), raw body
 * (`application/octet-stream` or `text/plain`, UTF-8), streamed, up to DRAFT_TEST_FILE_MAX_BYTES
 * → DraftTestDto; 413 `payload_too_large` above, 400 `invalid_encoding` for non-UTF-8.
 * GET the same path → the raw file (`text/plain; charset=utf-8`).
 */
export interface CreateDraftTestRequest {
  name?: string;
  hidden: boolean;
  input: string;
  answer: string;
  validatorFlags?: string[] | null;
}
export type UpdateDraftTestRequest = Partial<CreateDraftTestRequest>;

/**
 * PUT /api/admin/drafts/:draftId/tests-order → DraftTestDto[]: `testIds` lists every test of the
 * draft once, in the wanted order (samples still judge first). The order is kept by renumbering the
 * names within each group (`big` at position 3 → `03-big`, `07` at position 2 → `02`), since names
 * set the order. 400 `validation_failed` otherwise, or when a test name is nested (`g1/03`).
 * Test names: segments of letters, digits, `_` and `-`, never starting with `-`, joined by `/`.
 */
export interface ReorderDraftTestsRequest {
  testIds: string[];
}

// ─── Validation ──────────────────────────────────────────────────────────────

export interface ValidationTestDto {
  index: number;
  /** Published name (`sample/1`, `secret/03`). */
  name: string;
  hidden: boolean;
  verdict: Verdict;
  cpuMs: number;
  memoryKb: number;
  message?: string;
}

export interface ValidationSolutionDto {
  path: string;
  language: LanguageId;
  expected: Verdict[];
  status: 'pending' | 'running' | 'done';
  /** Final verdict once done. */
  got: Verdict | null;
  /** `got` is one of `expected`; null until done. */
  ok: boolean | null;
  slowestMs: number | null;
  /** Why it mismatched (failing test and message, compile output head, judge error). */
  detail: string | null;
  /** Tests judged so far, in order (judging stops at the first failing test). */
  tests: ValidationTestDto[];
}

export interface ValidationIssueDto {
  level: 'error' | 'warning';
  message: string;
}

/**
 * POST /api/admin/drafts/:draftId/validate → 202 ValidationDto (queued at the lowest priority;
 * a previous validation of the draft still queued or running is superseded). 400
 * `validation_failed` when the draft can't be judged (no tests, no accepted solution, bad signature),
 * with details per field.
 * GET /api/admin/drafts/:draftId/validation → the latest ValidationDto (poll it about once a second
 * while `status` is queued/running); JSON `null` before the first.
 *
 * Exactly what `tryout verify` checks: every solution must end with one of its expected verdicts;
 * without an explicit time limit the accepted solutions run first and set it (the Kattis rule);
 * with one, the slowest accepted must stay under limit ÷ safety margin (a warning), and each
 * `time_limit_exceeded` solution is judged at limit × safety margin first.
 */
export interface ValidationDto {
  id: string;
  draftId: string;
  /** The draft content hash this validation judged. */
  contentHash: string;
  /** `contentHash` equals the draft's current hash: a pass here lets Publish through. */
  current: boolean;
  status: 'queued' | 'running' | 'passed' | 'failed' | 'error' | 'superseded';
  /** The time limit judged with and where it came from (`derived`: set by this run). */
  timeLimitMs: number | null;
  timeLimitSource: 'explicit' | 'derived' | 'default' | null;
  solutions: ValidationSolutionDto[];
  issues: ValidationIssueDto[];
  /** Run-level failure (status `error`). */
  error: string | null;
  requestedBy: EditorRefDto;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

// ─── Publish ─────────────────────────────────────────────────────────────────

/** One field whose value differs from the published problem. */
export interface DraftFieldChangeDto {
  field: keyof DraftContentDto;
}

export interface DraftTestChangeDto {
  /** Published name (`secret/03`). */
  name: string;
  change: 'added' | 'removed' | 'changed';
  /** For `changed`: which parts differ. */
  inputChanged?: boolean;
  answerChanged?: boolean;
  /** Old and new answers when both are at most DRAFT_TEST_INLINE_MAX_BYTES (the diff the UI shows). */
  answerBefore?: string;
  answerAfter?: string;
}

/**
 * GET /api/admin/drafts/:draftId/changes → what publishing would change against the current
 * version. `newVersion`: whether judging changes (tests, limits, checking, signature) — else only
 * presentation is updated in place and the version number stays.
 */
export interface DraftChangesDto {
  baseVersion: number | null;
  newVersion: boolean;
  fields: DraftFieldChangeDto[];
  tests: DraftTestChangeDto[];
}

/**
 * POST /api/admin/drafts/:draftId/publish → 200 PublishResultDto; the draft is closed (deleted).
 * 409 `validation_required` unless the latest validation passed on the draft's current content hash;
 * 409 `slug_taken`. The problem becomes (or stays) visible to candidates; an archived one stays archived.
 */
export interface PublishResultDto {
  problemId: string;
  slug: string;
  number: number;
  version: number;
  /** False when only presentation changed (no new version). */
  newVersion: boolean;
}

// ─── Rejudge ─────────────────────────────────────────────────────────────────

/**
 * POST /api/admin/problems/:problemId/rejudge → 202 RejudgeDto: every finished practice submit
 * (not runs, not interview submissions) judged on an older version is judged again on the current
 * version at the lowest priority; its verdict, tests and version are replaced when done, so solved
 * status follows. 409 `rejudge_running` while one runs for the problem.
 * GET /api/admin/rejudges/:rejudgeId → RejudgeDto (poll while `running`); 404 `rejudge_not_found`.
 * GET /api/admin/problems/:problemId/rejudges → RejudgeDto[] newest first (without `changed` rows).
 */
export interface RejudgeChangeDto {
  submissionId: string;
  userId: string;
  userLabel: string;
  language: LanguageId;
  fromVersion: number;
  before: Verdict;
  after: Verdict;
}

export interface RejudgeDto {
  id: string;
  problemId: string;
  toVersion: number;
  status: 'running' | 'finished';
  total: number;
  done: number;
  /** Submissions whose verdict changed, as they finish. */
  changed: RejudgeChangeDto[];
  changedCount: number;
  requestedBy: EditorRefDto;
  createdAt: string;
  finishedAt: string | null;
}

// ─── Packages ────────────────────────────────────────────────────────────────

/**
 * POST /api/admin/packages, raw body `application/zip` (streamed, up to PACKAGE_ZIP_MAX_BYTES): a
 * Tryout or Kattis package (its files at the zip's root or in one top folder) → 201 ProblemDraftDto, with
 * the same checks as `tryout import`. An existing problem (same uuid) gets a draft against its
 * current version. 422 `package_invalid` with `details: PackageFileErrorDto[]` (one per file).
 * 409 `draft_exists` when the problem already has an open draft.
 *
 * GET /api/admin/problems/:problemId/versions/:version/package → `application/zip`: a package that
 * `tryout import` and `tryout verify` accept, tests byte for byte. 404 `version_not_found`.
 */
export interface PackageFileErrorDto {
  /** Path inside the package (`problem.yaml`, `data/secret/03.in`); `.` for the package as a whole. */
  field: string;
  errors: string[];
}
