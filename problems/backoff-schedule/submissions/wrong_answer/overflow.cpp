// Bug: keeps multiplying the uncapped delay, which overflows 64 bits on long schedules.
class Solution {
public:
    vector<long long> backoffSchedule(long long baseMs, int factor, long long maxDelayMs, int retries) {
        vector<long long> out;
        long long delay = baseMs;
        for (int i = 0; i < retries; i++) {
            out.push_back(min(delay, maxDelayMs));
            delay *= factor;
        }
        return out;
    }
};
