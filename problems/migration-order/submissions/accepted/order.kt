import java.util.PriorityQueue

class Solution {
    fun migrationOrder(names: Array<String>, deps: Array<Array<String>>): Array<String> {
        val waiting = names.associate { it to 0 }.toMutableMap()
        val unblocks = names.associate { it to mutableListOf<String>() }
        for ((migration, dependsOn) in deps) {
            unblocks.getValue(dependsOn).add(migration)
            waiting[migration] = waiting.getValue(migration) + 1
        }
        val ready = PriorityQueue(names.filter { waiting[it] == 0 })
        val order = mutableListOf<String>()
        while (ready.isNotEmpty()) {
            val n = ready.poll()
            order.add(n)
            for (m in unblocks.getValue(n)) {
                waiting[m] = waiting.getValue(m) - 1
                if (waiting[m] == 0) ready.add(m)
            }
        }
        return if (order.size == names.size) order.toTypedArray() else arrayOf()
    }
}
