class CircuitBreaker {
    private enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openMs;
    private State state = State.CLOSED;
    private int failures = 0;
    private long openedAt = 0;

    public CircuitBreaker(int failureThreshold, long openMs) {
        this.failureThreshold = failureThreshold;
        this.openMs = openMs;
    }

    public boolean allowRequest(long timestampMs) {
        if (state == State.CLOSED) return true;
        if (state == State.OPEN && timestampMs - openedAt >= openMs) {
            state = State.HALF_OPEN;
            return true;
        }
        return false;
    }

    public void recordSuccess(long timestampMs) {
        if (state == State.OPEN) return;
        state = State.CLOSED;
        failures = 0;
    }

    public void recordFailure(long timestampMs) {
        if (state == State.OPEN) return;
        if (state == State.CLOSED && ++failures < failureThreshold) return;
        state = State.OPEN;
        openedAt = timestampMs;
    }
}
