// LeetCode's ListNode and how the harness reads and writes it; in the build only when the signature uses it.
using System.Collections.Generic;
using System.Text;

public class ListNode
{
    public int val;
    public ListNode next;
    public ListNode(int val = 0, ListNode next = null)
    {
        this.val = val;
        this.next = next;
    }
}

public static partial class TryoutRuntime
{
    public static ListNode ToList(object json)
    {
        int[] vals = Convert<int[]>(json);
        ListNode head = null;
        for (int k = vals.Length - 1; k >= 0; k--) head = new ListNode(vals[k], head);
        return head;
    }

    /// <summary>A list as a JSON array; null is the empty list.</summary>
    public static string ListJson(ListNode head)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<ListNode>();
        sb.Append('[');
        for (ListNode n = head; n != null; n = n.next)
        {
            if (!seen.Add(n)) throw new System.InvalidOperationException("Found cycle in the ListNode");
            if (n != head) sb.Append(',');
            sb.Append(n.val.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.Append(']').ToString();
    }
}
