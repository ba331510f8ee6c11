// Bug: counts all failures instead of consecutive ones (a success does not reset the count).
class CircuitBreaker {
    int failureThreshold;
    long long openMs;
    int state = 0;  // 0 closed, 1 open, 2 half-open
    int failures = 0;
    long long openedAt = 0;

public:
    CircuitBreaker(int failureThreshold, long long openMs) : failureThreshold(failureThreshold), openMs(openMs) {}

    bool allowRequest(long long t) {
        if (state == 0) return true;
        if (state == 1 && t - openedAt >= openMs) { state = 2; return true; }
        return false;
    }

    void recordSuccess(long long t) {
        if (state == 2) { state = 0; failures = 0; }
    }

    void recordFailure(long long t) {
        if (state == 1) return;
        if (state == 0 && ++failures < failureThreshold) return;
        state = 1;
        openedAt = t;
    }
};
