var canFinish = function (numCourses, prerequisites) {
  const unlocks = Array.from({ length: numCourses }, () => []);
  const waiting = new Int32Array(numCourses);
  for (const [a, b] of prerequisites) {
    unlocks[b].push(a);
    waiting[a]++;
  }
  const ready = [];
  for (let c = 0; c < numCourses; c++) if (waiting[c] === 0) ready.push(c);
  let taken = 0;
  while (ready.length > 0) {
    const c = ready.pop();
    taken++;
    for (const next of unlocks[c]) if (--waiting[next] === 0) ready.push(next);
  }
  return taken === numCourses;
};
