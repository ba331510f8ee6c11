class SlidingWindowLimiter {
    private final int limit;
    private final long windowMs;
    private final Map<String, ArrayDeque<Long>> logs = new HashMap<>();

    public SlidingWindowLimiter(int limit, long windowMs) {
        this.limit = limit;
        this.windowMs = windowMs;
    }

    public boolean allow(String clientId, long timestampMs) {
        ArrayDeque<Long> log = logs.computeIfAbsent(clientId, k -> new ArrayDeque<>());
        while (!log.isEmpty() && log.peekFirst() <= timestampMs - windowMs) log.pollFirst();
        if (log.size() >= limit) return false;
        log.addLast(timestampMs);
        return true;
    }
}
