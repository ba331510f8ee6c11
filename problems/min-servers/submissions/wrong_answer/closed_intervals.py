# Bug: treats intervals as closed, so a job ending at t blocks a job starting at t.
class Solution:
    def minServers(self, jobs: List[List[int]]) -> int:
        events = sorted([(s, 0) for s, _ in jobs] + [(e, 1) for _, e in jobs])
        busy = best = 0
        for _, kind in events:
            busy += 1 if kind == 0 else -1
            best = max(best, busy)
        return best
