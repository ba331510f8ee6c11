// LeetCode's Kotlin TreeNode, and its conversions from and to level-order JSON arrays. Shipped
// only to problems whose signature mentions TreeNode, so a candidate may define their own elsewhere.
class TreeNode(var `val`: Int) {
    var left: TreeNode? = null
    var right: TreeNode? = null
}

object TryoutTreeNode {
    fun from(v: Any?): TreeNode? {
        if (v == null) return null
        val l = TryoutJson.list(v)
        if (l.isEmpty() || l[0] == null) return null
        val root = TreeNode(TryoutJson.toInt(l[0]))
        val queue = java.util.ArrayDeque<TreeNode>()
        queue.add(root)
        var k = 1
        while (k < l.size) {
            val node = queue.poll()
            if (l[k] != null) {
                val left = TreeNode(TryoutJson.toInt(l[k]))
                node.left = left
                queue.add(left)
            }
            k++
            if (k < l.size && l[k] != null) {
                val right = TreeNode(TryoutJson.toInt(l[k]))
                node.right = right
                queue.add(right)
            }
            k++
        }
        return root
    }

    fun toList(root: TreeNode?): List<Int?> {
        val out = ArrayList<Int?>()
        if (root == null) return out
        val seen = TryoutJson.identitySet<TreeNode>()
        val queue = ArrayList<TreeNode?>()
        queue.add(root)
        var k = 0
        while (k < queue.size) {
            val node = queue[k++]
            if (node == null) {
                out.add(null)
                continue
            }
            if (!seen.add(node)) throw IllegalStateException("Found a cycle or a shared node in the TreeNode")
            out.add(node.`val`)
            queue.add(node.left)
            queue.add(node.right)
        }
        while (out.isNotEmpty() && out[out.size - 1] == null) out.removeAt(out.size - 1)
        return out
    }
}
