// Right recurrence, but for every job it checks every other job to find the best compatible
// predecessor: O(n^2). Jobs sorted by end time, so a compatible job is always already computed.
class Solution {
public:
    long long maxBilling(vector<int>& start, vector<int>& end, vector<int>& pay) {
        int n = start.size();
        vector<vector<int>> jobs;
        for (int i = 0; i < n; i++) jobs.push_back({end[i], start[i], pay[i]});
        sort(jobs.begin(), jobs.end());
        vector<long long> dp(n, 0);  // dp[k]: best total of a schedule whose last job is k
        long long answer = 0;
        for (int k = 0; k < n; k++) {
            long long prev = 0;
            for (int j = 0; j < n; j++)
                if (jobs[j][0] <= jobs[k][1]) prev = max(prev, dp[j]);
            dp[k] = prev + jobs[k][2];
            answer = max(answer, dp[k]);
        }
        return answer;
    }
};
