class Solution {
    public int[] relayOutbox(String[] aggregates, int[] failures, int batchSize, int maxBackoff) {
        int n = aggregates.length;
        Map<String, ArrayDeque<Integer>> rows = new HashMap<>(); // undelivered rows per aggregate, in id order
        for (int i = 0; i < n; i++) rows.computeIfAbsent(aggregates[i], k -> new ArrayDeque<>()).addLast(i);
        PriorityQueue<Integer> ready = new PriorityQueue<>(); // heads that may be attempted now
        for (ArrayDeque<Integer> q : rows.values()) ready.add(q.peekFirst());
        // {blocked until tick, head row id}
        PriorityQueue<long[]> blocked = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] attempts = new int[n];
        int[] delivered = new int[n];
        long t = 1;
        List<Integer> batch = new ArrayList<>(), later = new ArrayList<>();
        while (!ready.isEmpty() || !blocked.isEmpty()) {
            if (ready.isEmpty()) t = Math.max(t, blocked.peek()[0]);
            while (!blocked.isEmpty() && blocked.peek()[0] <= t) ready.add((int) blocked.poll()[1]);
            batch.clear();
            later.clear();
            while (batch.size() < batchSize && !ready.isEmpty()) batch.add(ready.poll());
            for (int r : batch) {
                if (attempts[r] < failures[r]) {
                    attempts[r]++;
                    long backoff = Math.min(1L << (attempts[r] - 1), maxBackoff);
                    blocked.add(new long[] {t + backoff, r});
                } else {
                    delivered[r] = (int) t;
                    ArrayDeque<Integer> q = rows.get(aggregates[r]);
                    q.pollFirst();
                    if (!q.isEmpty()) later.add(q.peekFirst()); // the next row waits for the next tick
                }
            }
            ready.addAll(later);
            t++;
        }
        return delivered;
    }
}
