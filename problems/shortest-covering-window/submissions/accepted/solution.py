class Solution:
    def shortestWindow(self, events: List[str], required: List[str]) -> List[int]:
        need = Counter(required)
        missing = len(required)
        best, best_len = [-1, -1], len(events) + 1
        i = 0
        for j, e in enumerate(events):
            c = need.get(e)
            if c is None:
                continue
            if c > 0:
                missing -= 1
            need[e] = c - 1
            while missing == 0:
                if j - i + 1 < best_len:
                    best_len, best = j - i + 1, [i, j]
                s = events[i]
                c = need.get(s)
                if c is not None:
                    need[s] = c + 1
                    if c + 1 > 0:
                        missing += 1
                i += 1
        return best
