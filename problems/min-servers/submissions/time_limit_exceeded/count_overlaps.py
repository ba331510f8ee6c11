# Correct but O(n^2): for each start, counts the jobs running at that moment.
class Solution:
    def minServers(self, jobs: List[List[int]]) -> int:
        best = 0
        for s, _ in jobs:
            running = 0
            for a, b in jobs:
                if a <= s < b:
                    running += 1
            best = max(best, running)
        return best
