# Bug: breaks ties case-insensitively instead of by character code.
from collections import Counter


class Solution:
    def topPaths(self, lines: List[str], k: int) -> List[str]:
        counts = Counter(line.split(" ")[1].split("?", 1)[0] for line in lines)
        return sorted(counts, key=lambda p: (-counts[p], p.lower()))[:k]
