public class Solution {
    public long[] MergeStreams(long[][] streams) {
        // Mono has no PriorityQueue: a SortedSet of (value, stream) is the heap.
        var heap = new SortedSet<Tuple<long, int>>();
        var pos = new int[streams.Length];
        int total = 0;
        for (int i = 0; i < streams.Length; i++) {
            total += streams[i].Length;
            if (streams[i].Length > 0) heap.Add(Tuple.Create(streams[i][0], i));
        }
        var out_ = new long[total];
        int n = 0;
        while (heap.Count > 0) {
            var top = heap.Min;
            heap.Remove(top);
            int s = top.Item2;
            out_[n++] = top.Item1;
            if (++pos[s] < streams[s].Length) heap.Add(Tuple.Create(streams[s][pos[s]], s));
        }
        return out_;
    }
}
