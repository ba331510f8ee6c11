class TokenBucket {
    long long capMilli, rate, level, last = -1;  // milli-tokens: exact integer arithmetic

public:
    TokenBucket(int capacity, int refillPerSecond)
        : capMilli(capacity * 1000LL), rate(refillPerSecond), level(capacity * 1000LL) {}

    bool allow(long long timestampMs, int cost) {
        if (last >= 0) level = min(capMilli, level + (timestampMs - last) * rate);
        last = timestampMs;
        long long need = cost * 1000LL;
        if (level < need) return false;
        level -= need;
        return true;
    }
};
