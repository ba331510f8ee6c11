import { describe, expect, it } from 'vitest';
import { activityLevel, buildActivity, monthLabels } from './activity.util';

describe('buildActivity', () => {
  const today = new Date('2026-03-11T15:00:00Z'); // a Wednesday

  it('builds whole Sunday-first weeks ending today', () => {
    const columns = buildActivity([], today, 4);
    expect(columns).toHaveLength(4);
    expect(columns[0][0].date).toBe('2026-02-15');
    expect(columns[3].map((d) => d.date)).toEqual(['2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11']);
  });

  it('counts submissions and accepted ones per UTC day', () => {
    const columns = buildActivity(
      [
        { createdAt: '2026-03-10T01:00:00Z', verdict: 'accepted' },
        { createdAt: '2026-03-10T23:00:00Z', verdict: 'wrong_answer' },
        { createdAt: '2026-01-01T00:00:00Z', verdict: 'accepted' },
        { createdAt: 'garbage', verdict: null },
      ],
      today,
      2,
    );
    const day = columns.flat().find((d) => d.date === '2026-03-10');
    expect(day).toEqual({ date: '2026-03-10', submissions: 2, accepted: 1 });
    expect(columns.flat().reduce((n, d) => n + d.submissions, 0)).toBe(2);
  });
});

describe('activityLevel', () => {
  it('scales to 0..4', () => {
    expect(activityLevel(0, 10)).toBe(0);
    expect(activityLevel(1, 10)).toBe(1);
    expect(activityLevel(10, 10)).toBe(4);
    expect(activityLevel(6, 10)).toBe(3);
  });
});

describe('monthLabels', () => {
  it('labels the first week of each month, dropping a cramped first label', () => {
    // 2026-12-02 is a Wednesday: 8 weeks back starts on Sunday 2026-10-11.
    const columns = buildActivity([], new Date('2026-12-02T12:00:00Z'), 8);
    expect(columns[0][0].date).toBe('2026-10-11');
    expect(monthLabels(columns)).toEqual([
      { column: 0, label: 'Oct' },
      { column: 3, label: 'Nov' },
      { column: 7, label: 'Dec' },
    ]);
    const tight = buildActivity([], new Date('2026-12-02T12:00:00Z'), 6);
    // Oct gets one column before Nov: no room for its label.
    expect(monthLabels(tight)).toEqual([
      { column: 1, label: 'Nov' },
      { column: 5, label: 'Dec' },
    ]);
  });
});
