class Solution:
    def maxBilling(self, start: List[int], end: List[int], pay: List[int]) -> int:
        # Sort by end time; best[k] is the optimum over the first k jobs. A job either is skipped or
        # follows the best schedule of the jobs that end no later than it starts (binary search).
        jobs = sorted(zip(end, start, pay))
        ends = [e for e, _, _ in jobs]
        best = [0] * (len(jobs) + 1)
        for k, (e, s, p) in enumerate(jobs):
            j = bisect.bisect_right(ends, s, 0, k)
            best[k + 1] = max(best[k], best[j] + p)
        return best[-1]
