class Solution {
    public long[] mergeStreams(long[][] streams) {
        int total = 0;
        for (long[] s : streams) total += s.length;
        int[] pos = new int[streams.length];
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> Long.compare(streams[a][pos[a]], streams[b][pos[b]]));
        for (int i = 0; i < streams.length; i++) if (streams[i].length > 0) heap.add(i);
        long[] out = new long[total];
        int n = 0;
        while (!heap.isEmpty()) {
            int s = heap.poll();
            out[n++] = streams[s][pos[s]++];
            if (pos[s] < streams[s].length) heap.add(s);
        }
        return out;
    }
}
