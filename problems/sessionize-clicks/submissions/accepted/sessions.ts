function countSessions(userIds: string[], timestamps: number[], gapMs: number): number {
  const clicks = new Map<string, number[]>();
  for (let i = 0; i < userIds.length; i++) {
    let times = clicks.get(userIds[i]);
    if (!times) {
      times = [];
      clicks.set(userIds[i], times);
    }
    times.push(timestamps[i]);
  }
  let sessions = 0;
  for (const times of clicks.values()) {
    times.sort((a, b) => a - b);
    sessions++;
    for (let i = 1; i < times.length; i++) if (times[i] - times[i - 1] > gapMs) sessions++;
  }
  return sessions;
}
