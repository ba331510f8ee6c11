import type { UserDto } from './auth';

/** GET /api/me → the caller. */
export type MeResponse = UserDto;
