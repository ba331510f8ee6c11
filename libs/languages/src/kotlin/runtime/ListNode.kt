// LeetCode's Kotlin ListNode, and its conversions from and to JSON arrays. Shipped only to
// problems whose signature mentions ListNode, so a candidate may define their own elsewhere.
class ListNode(var `val`: Int) {
    var next: ListNode? = null
}

object TryoutListNode {
    fun from(v: Any?): ListNode? {
        if (v == null) return null
        val l = TryoutJson.list(v)
        var head: ListNode? = null
        for (k in l.indices.reversed()) {
            val node = ListNode(TryoutJson.toInt(l[k]))
            node.next = head
            head = node
        }
        return head
    }

    fun toList(head: ListNode?): List<Int> {
        val out = ArrayList<Int>()
        val seen = TryoutJson.identitySet<ListNode>()
        var node = head
        while (node != null) {
            if (!seen.add(node)) throw IllegalStateException("Found cycle in the ListNode")
            out.add(node.`val`)
            node = node.next
        }
        return out
    }
}
