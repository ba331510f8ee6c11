# Right recurrence, but each job scans every earlier job (by end time) for a compatible
# predecessor: O(n^2).
class Solution:
    def maxBilling(self, start: List[int], end: List[int], pay: List[int]) -> int:
        jobs = sorted(zip(end, start, pay))
        n = len(jobs)
        dp = [0] * n  # dp[k]: best total of a schedule whose last job is k
        for k, (e, s, p) in enumerate(jobs):
            prev = 0
            for j in range(k):
                if jobs[j][0] <= s and dp[j] > prev:
                    prev = dp[j]
            dp[k] = prev + p
        return max(dp)
