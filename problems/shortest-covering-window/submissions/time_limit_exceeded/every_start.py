# Tries every start and scans right until the window covers `required`: O(n^2).
class Solution:
    def shortestWindow(self, events: List[str], required: List[str]) -> List[int]:
        total = Counter(required)
        best, best_len = [-1, -1], len(events) + 1
        for i in range(len(events)):
            need = dict(total)
            missing = len(required)
            for j in range(i, len(events)):
                c = need.get(events[j])
                if c is not None:
                    if c > 0:
                        missing -= 1
                    need[events[j]] = c - 1
                if missing == 0:
                    if j - i + 1 < best_len:
                        best_len, best = j - i + 1, [i, j]
                    break
        return best
