/** Every interview time decision reads this (never `Date.now()` directly), so tests can move time. */
export interface Clock {
  now(): Date;
}

/** DI token of the Clock. */
export const CLOCK = Symbol('CLOCK');

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
