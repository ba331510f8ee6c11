import type { Role, UserDto } from './auth';

/**
 * The admin area: every route under /api/admin answers 401 to anonymous callers and 403
 * `forbidden` to every role but admin.
 */

export const ADMIN_PAGE_SIZE_MAX = 100;

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A user as admins see it. */
export interface AdminUserDto extends UserDto {
  /** When the account was disabled; null while active. A disabled account can't log in or use a token. */
  disabledAt: string | null;
}

/** GET /api/admin/users. `q` matches e-mail or display name (case-insensitive substring). */
export interface AdminUserListQuery {
  q?: string;
  role?: Role;
  status?: UserStatus;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface AdminUserListResponse {
  items: AdminUserDto[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * PUT /api/admin/users/:id/role → 200 AdminUserDto. Demoting the last active admin answers 409
 * `last_admin`. The new role applies to the user's next request (roles are read per request).
 */
export interface ChangeRoleRequest {
  role: Role;
}

/**
 * POST /api/admin/users/:id/disable → 200 AdminUserDto: revokes every refresh token of the user and
 * refuses their access tokens from the next request on; their login answers 403 `account_disabled`.
 * Disabling yourself answers 409 `cannot_disable_self`.
 * POST /api/admin/users/:id/enable → 200 AdminUserDto.
 */

/** Every action the audit log records. */
export const AUDIT_ACTIONS = [
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'queue.job_retried',
  'problem.created',
  'problem.changed',
  'problem.package_uploaded',
  'problem.draft_discarded',
  'problem.validated',
  'problem.published',
  'problem.archived',
  'problem.unarchived',
  'problem.rejudged',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = ['user', 'job', 'problem', 'submission'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/**
 * GET /api/admin/audit, newest first. `actor` and `target` match an id exactly or an e-mail/label
 * as a case-insensitive substring.
 */
export interface AuditListQuery {
  actor?: string;
  action?: AuditAction;
  target?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditEntryDto {
  id: string;
  at: string;
  action: AuditAction;
  /** Null when the acting account was deleted; `actorLabel` keeps who it was. */
  actorId: string | null;
  actorLabel: string;
  targetType: AuditTargetType;
  targetId: string;
  /** A label of the target when the action happened (an e-mail, a slug). */
  targetLabel: string;
  /** Action-specific facts, e.g. `{ from: 'candidate', to: 'interviewer' }`. */
  details: Record<string, unknown> | null;
}

export interface AuditListResponse {
  items: AuditEntryDto[];
  page: number;
  pageSize: number;
  total: number;
}

/** GET /api/admin/queue: the judge queue's depth and its most recent failures. */
export interface QueueCountsDto {
  waiting: number;
  prioritized: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  paused: number;
}

export interface FailedJobDto {
  id: string;
  name: string;
  /** The submission the job judges, when it is a judge job. */
  submissionId: string | null;
  /** Why the last attempt failed (a worker-side error, never candidate output). */
  failedReason: string;
  attemptsMade: number;
  enqueuedAt: string;
  failedAt: string | null;
}

export interface QueueOverviewDto {
  queue: string;
  counts: QueueCountsDto;
  /** Newest first, at most QUEUE_FAILED_LIST_MAX. */
  failed: FailedJobDto[];
}

export const QUEUE_FAILED_LIST_MAX = 50;

/**
 * POST /api/admin/queue/jobs/:id/retry → 204: moves a failed job back to waiting. 404 `job_not_found`;
 * 409 `job_not_failed` when the job is not in the failed state.
 */
