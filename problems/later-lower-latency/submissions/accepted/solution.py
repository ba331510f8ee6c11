class Solution:
    def countLaterLower(self, latency: List[int]) -> List[int]:
        # Fenwick tree over value ranks, sweeping from the newest deploy backwards.
        rank = {v: i + 1 for i, v in enumerate(sorted(set(latency)))}
        m = len(rank)
        tree = [0] * (m + 1)
        n = len(latency)
        out = [0] * n
        for i in range(n - 1, -1, -1):
            r = rank[latency[i]]
            j, s = r - 1, 0
            while j:
                s += tree[j]
                j &= j - 1
            out[i] = s
            while r <= m:
                tree[r] += 1
                r += r & -r
        return out
