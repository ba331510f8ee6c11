class Solution:
    def minServers(self, jobs: List[List[int]]) -> int:
        starts = sorted(s for s, _ in jobs)
        ends = sorted(e for _, e in jobs)
        busy = best = 0
        j = 0
        for s in starts:
            while ends[j] <= s:  # jobs that ended by now free their server first
                busy -= 1
                j += 1
            busy += 1
            best = max(best, busy)
        return best
