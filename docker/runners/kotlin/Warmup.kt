// Compiled once at image build so kotlinc's own classes land in a CDS archive
// (/opt/tryout/kotlinc.jsa). Touches what a typical solution and the function harness use.
import java.io.FileOutputStream
import java.util.ArrayDeque
import java.util.PriorityQueue
import java.util.TreeMap

data class Pair2(val a: Int, val b: Long)

interface Shape { fun area(): Double }

class Node(var `val`: Int) { var next: Node? = null }

object Registry {
    private val items = HashMap<String, MutableList<Pair2>>()
    fun add(k: String, p: Pair2) = items.getOrPut(k) { mutableListOf() }.add(p)
    val size get() = items.size
}

class Solution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        val seen = HashMap<Int, Int>()
        for ((i, x) in nums.withIndex()) {
            seen[target - x]?.let { return intArrayOf(it, i) }
            seen[x] = i
        }
        return intArrayOf()
    }
}

@Suppress("UNCHECKED_CAST")
fun main() {
    val text = String(System.`in`.readBytes(), Charsets.UTF_8)
    val tokens = text.split(Regex("\\s+")).filter { it.isNotEmpty() }.map { it.toInt() }
    val pq = PriorityQueue<LongArray>(compareBy { it[0] })
    val dq = ArrayDeque<Int>()
    val tm = TreeMap<Int, String>()
    val grid: Array<IntArray> = Array(3) { IntArray(3) { it * it } }
    val words: List<List<String>> = listOf(listOf("a", "b"), listOf("c"))
    val s = object : Shape { override fun area() = Math.PI }
    Registry.add("k", Pair2(1, 2L))
    val sorted = tokens.sortedDescending().joinToString(" ")
    val args: Array<Any?> = arrayOf(intArrayOf(2, 7, 11, 15), 9)
    val answer = Solution().twoSum(args[0] as IntArray, args[1] as Int)
    val sb = StringBuilder()
    when {
        answer.isEmpty() -> sb.append("none")
        else -> sb.append(answer.joinToString(",", "[", "]"))
    }
    val head = Node(1).apply { next = Node(2) }
    sb.append("$sorted ${grid[2][2]} ${words.flatten().size} ${s.area()} ${pq.size + dq.size + tm.size} ${head.next?.`val`}")
    println(sb)
    try {
        FileOutputStream("/dev/null").use { it.write(sb.toString().toByteArray()) }
    } catch (e: Throwable) {
        System.err.println(e)
    }
}
