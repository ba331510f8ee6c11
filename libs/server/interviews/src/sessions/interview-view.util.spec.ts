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
  it('charges each activity to its problem from the previous one, ignoring what came after the end', () => {
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
    expect(Object.fromEntries(spent)).toEqual({ 1: 13 * 60, 2: 15 * 60 });
    expect(timeSpentPerProblem(null, [{ position: 1, at: at(1) }], null).size).toBe(0);
  });
});
