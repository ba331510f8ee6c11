// LeetCode's TreeNode and how the harness reads and writes it (level order, LeetCode's form);
// in the build only when the signature uses it.
using System.Collections.Generic;
using System.Text;

public class TreeNode
{
    public int val;
    public TreeNode left;
    public TreeNode right;
    public TreeNode(int val = 0, TreeNode left = null, TreeNode right = null)
    {
        this.val = val;
        this.left = left;
        this.right = right;
    }
}

public static partial class TryoutRuntime
{
    public static TreeNode ToTree(object json)
    {
        var items = json as List<object>;
        if (items == null) throw new TryoutInputException("expected an array for a TreeNode");
        var vals = new int?[items.Count];
        for (int k = 0; k < items.Count; k++) vals[k] = items[k] == null ? (int?)null : Convert<int>(items[k]);
        if (vals.Length == 0 || vals[0] == null) return null;
        var root = new TreeNode(vals[0].Value);
        var queue = new Queue<TreeNode>();
        queue.Enqueue(root);
        int i = 1;
        while (i < vals.Length && queue.Count > 0)
        {
            TreeNode node = queue.Dequeue();
            if (vals[i] != null) { node.left = new TreeNode(vals[i].Value); queue.Enqueue(node.left); }
            i++;
            if (i < vals.Length && vals[i] != null) { node.right = new TreeNode(vals[i].Value); queue.Enqueue(node.right); }
            i++;
        }
        return root;
    }

    /// <summary>A tree in level order without trailing nulls; null is the empty tree.</summary>
    public static string TreeJson(TreeNode root)
    {
        var parts = new List<string>();
        int last = 0;
        var seen = new HashSet<TreeNode>();
        var queue = new Queue<TreeNode>();
        if (root != null) queue.Enqueue(root);
        while (queue.Count > 0)
        {
            TreeNode node = queue.Dequeue();
            if (node == null) { parts.Add("null"); continue; }
            if (!seen.Add(node)) throw new System.InvalidOperationException("Found a cycle or a shared node in the TreeNode");
            parts.Add(node.val.ToString(System.Globalization.CultureInfo.InvariantCulture));
            last = parts.Count;
            queue.Enqueue(node.left);
            queue.Enqueue(node.right);
        }
        return "[" + string.Join(",", parts.GetRange(0, last)) + "]";
    }
}
