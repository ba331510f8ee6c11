// Bug: keeps timestamps in int, which truncates epoch milliseconds.
public class Solution {
    public long[] MergeStreams(long[][] streams) {
        var all = new List<int>();
        foreach (var s in streams) foreach (long t in s) all.Add((int)t);
        all.Sort();
        return all.Select(t => (long)t).ToArray();
    }
}
