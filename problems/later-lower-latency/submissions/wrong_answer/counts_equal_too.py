# Counts later deploys with lower OR EQUAL latency (bisect_right instead of bisect_left).
class Solution:
    def countLaterLower(self, latency: List[int]) -> List[int]:
        seen, out = [], []
        for x in reversed(latency):
            out.append(bisect.bisect_right(seen, x))
            bisect.insort(seen, x)
        return out[::-1]
