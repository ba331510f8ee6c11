from collections import Counter


class Solution:
    def minTime(self, tasks: List[str], cooldown: int) -> int:
        if not tasks:
            return 0
        counts = Counter(tasks).values()
        top = max(counts)
        ties = sum(1 for c in counts if c == top)
        # The most frequent types form (top - 1) frames of length cooldown + 1, plus a last partial frame;
        # other jobs fill idle slots, and when there are more jobs than slots nothing idles at all.
        return max(len(tasks), (top - 1) * (cooldown + 1) + ties)
