class LeakyBucket {
    private final int capacity;
    private final long interval;
    private long last = Long.MIN_VALUE; // dispatch time of the latest accepted request
    private final ArrayDeque<Long> waiting = new ArrayDeque<>(); // future dispatch times, in order

    public LeakyBucket(int capacity, int leakIntervalMs) {
        this.capacity = capacity;
        this.interval = leakIntervalMs;
    }

    private void drain(long now) {
        while (!waiting.isEmpty() && waiting.peekFirst() <= now) waiting.pollFirst();
    }

    public long offer(long now) {
        drain(now);
        boolean mustWait = last != Long.MIN_VALUE && last + interval > now;
        if (mustWait && waiting.size() >= capacity) return -1;
        long at = mustWait ? last + interval : now;
        last = at;
        if (at > now) waiting.addLast(at);
        return at;
    }

    public int pending(long now) {
        drain(now);
        return waiting.size();
    }
}
