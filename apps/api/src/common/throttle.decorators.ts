import { applyDecorators, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import {
  THROTTLE_LOGIN,
  THROTTLE_LOGIN_ADDRESS,
  THROTTLE_SUBMISSIONS,
  UserThrottlerGuard,
} from './user-throttler.guard';

/** SUBMISSIONS_PER_MINUTE per user. */
export const ThrottleSubmissions = () =>
  applyDecorators(
    UseGuards(UserThrottlerGuard),
    SkipThrottle({ [THROTTLE_LOGIN]: true, [THROTTLE_LOGIN_ADDRESS]: true }),
  );

/** LOGIN_ATTEMPTS_PER_MINUTE per client address and e-mail, and LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE per address. */
export const ThrottleLogin = () =>
  applyDecorators(UseGuards(UserThrottlerGuard), SkipThrottle({ [THROTTLE_SUBMISSIONS]: true }));
