class Solution {
public:
    vector<long long> backoffSchedule(long long baseMs, int factor, long long maxDelayMs, int retries) {
        vector<long long> out;
        long long delay = min(baseMs, maxDelayMs);
        for (int i = 0; i < retries; i++) {
            out.push_back(delay);
            delay = min(delay * factor, maxDelayMs);  // delay <= 10^12 before the multiply: no overflow
        }
        return out;
    }
};
