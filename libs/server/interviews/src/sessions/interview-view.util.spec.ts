import { describe, expect, it } from 'vitest';
import { clockDto, hashLinkToken, newLinkToken, sessionStatus, timeSpentPerProblem } from './interview-view.util';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));
const base = {
  cancelledAt: null,
  endedAt: null,
  startedAt: null,
  deadlineAt: null,
  durationMinutes: 30,
  extensionMinutes: 0,
};

describe('sessionStatus', () => {
  it('is scheduled before Start, live before the deadline, ended at and after it', () => {
    expect(sessionStatus(base, at(0))).toBe('scheduled');
    const started = { ...base, startedAt: at(0), deadlineAt: at(30) };
    expect(sessionStatus(started, new Date(at(30).getTime() - 1))).toBe('live');
    expect(sessionStatus(started, at(30))).toBe('ended');
    expect(sessionStatus(started, at(31))).toBe('ended');
  });
  it('a fixed start stays scheduled until its time, then runs by itself', () => {
    const fixed = { ...base, startedAt: at(10), deadlineAt: at(40) };
    expect(sessionStatus(fixed, at(0))).toBe('scheduled');
    expect(sessionStatus(fixed, new Date(at(10).getTime() - 1))).toBe('scheduled');
    expect(sessionStatus(fixed, at(10))).toBe('live');
    expect(sessionStatus(fixed, at(40))).toBe('ended');
  });
  it('cancelled and ended win over the clock', () => {
    expect(sessionStatus({ ...base, cancelledAt: at(1) }, at(0))).toBe('cancelled');
    expect(sessionStatus({ ...base, startedAt: at(0), deadlineAt: at(30), endedAt: at(5) }, at(1))).toBe('ended');
  });
});

describe('clockDto', () => {
  it('counts planned minutes before Start and the stored deadline after', () => {
    expect(clockDto({ ...base, extensionMinutes: 5 }, at(0)).totalMinutes).toBe(35);
    // Shortened by 60 of 30 minutes at minute 12: the deadline was clamped to minute 12.
    const clamped = { ...base, extensionMinutes: -60, startedAt: at(0), deadlineAt: at(12) };
    expect(clockDto(clamped, at(12))).toMatchObject({
      totalMinutes: 12,
      status: 'ended',
      serverTime: at(12).toISOString(),
    });
  });
});

describe('link tokens', () => {
  it('carry 256 bits and are stored only as a hash', () => {
    const token = newLinkToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(token)).not.toContain(token);
  });
});

describe('timeSpentPerProblem', () => {
  it('charges each gap to the later activity, the tail to the last one, nothing before the first; ignores what came after the end', () => {
    const spent = timeSpentPerProblem(
      at(0),
      [
        { position: 1, at: at(10) },
        { position: 2, at: at(25) },
        { position: 1, at: at(28) },
        { position: 2, at: at(40) },
      ],
      at(30),
    );
    // Idle 0–10 is nobody's; 10–25 goes to 2, 25–28 and the tail 28–30 to 1.
    expect(Object.fromEntries(spent)).toEqual({ 1: 5 * 60, 2: 15 * 60 });
    expect(timeSpentPerProblem(null, [{ position: 1, at: at(1) }], null).size).toBe(0);
  });

  it('adds up exactly to the duration minus the idle time before the first activity, whatever the milliseconds', () => {
    const start = new Date('2026-01-01T10:00:00.000Z');
    const ms = (n: number) => new Date(start.getTime() + n);
    const activities = [
      { position: 1, at: ms(4_400) },
      { position: 1, at: ms(9_700) },
      { position: 2, at: ms(61_300) },
      { position: 1, at: ms(120_600) },
      { position: 2, at: ms(150_200) },
    ];
    const end = ms(214_000); // 3 min 34 s
    const spent = timeSpentPerProblem(start, activities, end);
    const total = [...spent.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(214 - 4); // the first activity at 4.4 s rounds to 4 s of idle
    expect(spent.get(2)).toBe(51 + 29 + 64); // 10→61, 121→150 and the tail 150→214 (whole seconds)
  });
});
