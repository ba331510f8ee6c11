var minTime = function (tasks, cooldown) {
  if (tasks.length === 0) return 0;
  const counts = new Map();
  for (const t of tasks) counts.set(t, (counts.get(t) || 0) + 1);
  let top = 0;
  let ties = 0;
  for (const c of counts.values()) {
    if (c > top) {
      top = c;
      ties = 1;
    } else if (c === top) ties++;
  }
  return Math.max(tasks.length, (top - 1) * (cooldown + 1) + ties);
};
