// Bug: never caps the level at capacity, so idle time allows an oversized burst.
class TokenBucket {
    long long rate, level, last = -1;

public:
    TokenBucket(int capacity, int refillPerSecond) : rate(refillPerSecond), level(capacity * 1000LL) {}

    bool allow(long long timestampMs, int cost) {
        if (last >= 0) level += (timestampMs - last) * rate;
        last = timestampMs;
        long long need = cost * 1000LL;
        if (level < need) return false;
        level -= need;
        return true;
    }
};
