// Bug: processes whole "levels" (sorted) at a time, which is a valid order but not the smallest one.
class Solution {
    fun migrationOrder(names: Array<String>, deps: Array<Array<String>>): Array<String> {
        val waiting = names.associate { it to 0 }.toMutableMap()
        val unblocks = names.associate { it to mutableListOf<String>() }
        for ((a, b) in deps) {
            unblocks.getValue(b).add(a)
            waiting[a] = waiting.getValue(a) + 1
        }
        var level = names.filter { waiting[it] == 0 }.sorted()
        val order = mutableListOf<String>()
        while (level.isNotEmpty()) {
            order.addAll(level)
            val next = mutableListOf<String>()
            for (n in level) for (m in unblocks.getValue(n)) {
                waiting[m] = waiting.getValue(m) - 1
                if (waiting[m] == 0) next.add(m)
            }
            level = next.sorted()
        }
        return if (order.size == names.size) order.toTypedArray() else arrayOf()
    }
}
