# Bug: counts the full PATH field, query string included.
from collections import Counter


class Solution:
    def topPaths(self, lines: List[str], k: int) -> List[str]:
        counts = Counter(line.split(" ")[1] for line in lines)
        return sorted(counts, key=lambda p: (-counts[p], p))[:k]
