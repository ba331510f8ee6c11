import type { InterviewClockDto } from '@tryout/contracts';

/**
 * Milliseconds left, from the server's word: its deadline minus its time when it spoke, less what
 * elapsed locally since. The browser's own clock may be off by minutes; only its rate is trusted.
 */
export function remainingMs(clock: InterviewClockDto, receivedAtLocalMs: number, nowLocalMs: number): number | null {
  if (!clock.deadlineAt) return null;
  const serverNow = Date.parse(clock.serverTime) + (nowLocalMs - receivedAtLocalMs);
  return Math.max(0, Date.parse(clock.deadlineAt) - serverNow);
}

/** 5:07, 1:02:03; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** An exact elapsed time for the report's header: "3 min 34 s", "1 h 2 min 5 s", "45 s". */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [h ? `${h} h` : '', h || m ? `${m} min` : '', `${s % 60} s`];
  return parts.filter(Boolean).join(' ');
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const m = Math.round(seconds / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
