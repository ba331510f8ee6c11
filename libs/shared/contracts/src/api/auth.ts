/** Roles, weakest first. Interviewers run sessions; admins also see hidden tests and references. */
export const ROLES = ['candidate', 'interviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
export const DISPLAY_NAME_MAX_LENGTH = 64;

/**
 * The refresh token lives only in this httpOnly cookie (path /api/auth, SameSite=Strict), so
 * script can never read it. The access token is returned in the body and sent as
 * `Authorization: Bearer <token>`; keep it in memory, never in localStorage.
 */
export const REFRESH_COOKIE_NAME = 'tryout_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';

/** POST /api/auth/register (public) → 201 AuthResponse + refresh cookie. */
export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
}

/** POST /api/auth/login (public, throttled) → 200 AuthResponse + refresh cookie. */
export interface LoginRequest {
  email: string;
  password: string;
}

/**
 * POST /api/auth/refresh (public; reads the cookie, no body) → 200 AuthResponse + a NEW refresh
 * cookie. Presenting an already-rotated refresh token revokes the whole family (reuse detection)
 * and answers 401 `refresh_token_reused`.
 * POST /api/auth/logout (public; reads the cookie) → 204, clears the cookie.
 */
export interface AuthResponse {
  accessToken: string;
  /** Seconds until the access token expires; refresh a little before. */
  expiresIn: number;
  user: UserDto;
}

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: string;
}
