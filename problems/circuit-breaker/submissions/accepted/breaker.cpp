class CircuitBreaker {
    enum class State { Closed, Open, HalfOpen };
    int failureThreshold;
    long long openMs;
    State state = State::Closed;
    int failures = 0;
    long long openedAt = 0;

public:
    CircuitBreaker(int failureThreshold, long long openMs) : failureThreshold(failureThreshold), openMs(openMs) {}

    bool allowRequest(long long timestampMs) {
        if (state == State::Closed) return true;
        if (state == State::Open && timestampMs - openedAt >= openMs) {
            state = State::HalfOpen;
            return true;
        }
        return false;
    }

    void recordSuccess(long long timestampMs) {
        if (state == State::Open) return;
        state = State::Closed;
        failures = 0;
    }

    void recordFailure(long long timestampMs) {
        if (state == State::Open) return;
        if (state == State::Closed && ++failures < failureThreshold) return;
        state = State::Open;
        openedAt = timestampMs;
    }
};
