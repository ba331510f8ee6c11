// Bug: uses the default Array sort, which compares numbers as strings.
var countSessions = function (userIds, timestamps, gapMs) {
  const clicks = new Map();
  userIds.forEach((u, i) => {
    if (!clicks.has(u)) clicks.set(u, []);
    clicks.get(u).push(timestamps[i]);
  });
  let sessions = 0;
  for (const times of clicks.values()) {
    times.sort();
    sessions++;
    for (let i = 1; i < times.length; i++) if (times[i] - times[i - 1] > gapMs) sessions++;
  }
  return sessions;
};
