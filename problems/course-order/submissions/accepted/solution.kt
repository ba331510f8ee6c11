import java.util.ArrayDeque

class Solution {
    fun canFinish(numCourses: Int, prerequisites: Array<IntArray>): Boolean {
        val unlocks = List(numCourses) { mutableListOf<Int>() }
        val waiting = IntArray(numCourses)
        for ((course, before) in prerequisites) {
            unlocks[before].add(course)
            waiting[course]++
        }
        val ready = ArrayDeque((0 until numCourses).filter { waiting[it] == 0 })
        var taken = 0
        while (ready.isNotEmpty()) {
            val c = ready.poll()
            taken++
            for (next in unlocks[c]) if (--waiting[next] == 0) ready.add(next)
        }
        return taken == numCourses
    }
}
