import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainException } from '@tryout/server-common';
import type { AuthedRequest } from './auth.decorators';

/** Named throttlers: each route opts into exactly one of them (see throttle.decorators.ts). */
export const THROTTLE_SUBMISSIONS = 'submissions';
export const THROTTLE_LOGIN = 'login';
/** Login and registration per client address alone: one password sprayed over many e-mails. */
export const THROTTLE_LOGIN_ADDRESS = 'login-address';

/** The tracker of THROTTLE_LOGIN_ADDRESS: the client address, whatever the body says. */
export function addressTracker(req: Record<string, unknown>): string {
  const ip = (req as unknown as AuthedRequest).ip;
  return `ip:${ip ?? 'unknown'}`;
}

/**
 * Counts per user where there is one (submissions), per address + e-mail otherwise (login; the
 * login-address throttler brings its own tracker), in
 * Redis so the limit holds across API replicas. Exceeding it is a 429 `rate_limited` with Retry-After.
 */
@Injectable()
export class UserThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const r = req as unknown as AuthedRequest;
    if (r.user) return `user:${r.user.userId}`;
    const body = r.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase().slice(0, 320) : '';
    return `ip:${r.ip ?? 'unknown'}:${email}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new DomainException(
      'rate_limited',
      'too many requests; slow down',
      { limit: detail.limit, ttlSeconds: Math.ceil(detail.ttl / 1000) },
      detail.timeToBlockExpire,
    );
  }
}
