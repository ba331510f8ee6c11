# Bug: assumes only one type has the maximum count.
from collections import Counter


class Solution:
    def minTime(self, tasks: List[str], cooldown: int) -> int:
        if not tasks:
            return 0
        top = max(Counter(tasks).values())
        return max(len(tasks), (top - 1) * (cooldown + 1) + 1)
