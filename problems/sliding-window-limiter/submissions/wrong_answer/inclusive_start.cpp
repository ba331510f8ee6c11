// Bug: treats the window as [t - windowMs, t], keeping a request that is exactly windowMs old.
class SlidingWindowLimiter {
    int limit;
    long long windowMs;
    unordered_map<string, deque<long long>> logs;

public:
    SlidingWindowLimiter(int limit, long long windowMs) : limit(limit), windowMs(windowMs) {}

    bool allow(string clientId, long long timestampMs) {
        auto& log = logs[clientId];
        while (!log.empty() && log.front() < timestampMs - windowMs) log.pop_front();
        if ((int)log.size() >= limit) return false;
        log.push_back(timestampMs);
        return true;
    }
};
