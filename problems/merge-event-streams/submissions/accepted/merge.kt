import java.util.PriorityQueue

class Solution {
    fun mergeStreams(streams: Array<LongArray>): LongArray {
        val pos = IntArray(streams.size)
        val heap = PriorityQueue<Int>(compareBy { streams[it][pos[it]] })
        for (i in streams.indices) if (streams[i].isNotEmpty()) heap.add(i)
        val out = LongArray(streams.sumBy { it.size })
        var n = 0
        while (heap.isNotEmpty()) {
            val s = heap.poll()
            out[n++] = streams[s][pos[s]++]
            if (pos[s] < streams[s].size) heap.add(s)
        }
        return out
    }
}
