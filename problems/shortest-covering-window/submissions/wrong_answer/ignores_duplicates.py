# Treats `required` as a set: a name listed twice only has to appear once.
class Solution:
    def shortestWindow(self, events: List[str], required: List[str]) -> List[int]:
        need = {r: 1 for r in required}
        missing = len(need)
        best, best_len = [-1, -1], len(events) + 1
        i = 0
        for j, e in enumerate(events):
            if e not in need:
                continue
            if need[e] > 0:
                missing -= 1
            need[e] -= 1
            while missing == 0:
                if j - i + 1 < best_len:
                    best_len, best = j - i + 1, [i, j]
                s = events[i]
                if s in need:
                    need[s] += 1
                    if need[s] > 0:
                        missing += 1
                i += 1
        return best
