# Classic activity selection: takes jobs by earliest end time, which maximises the number of jobs
# but ignores how much each one pays.
class Solution:
    def maxBilling(self, start: List[int], end: List[int], pay: List[int]) -> int:
        total, free_at = 0, -1
        for e, s, p in sorted(zip(end, start, pay)):
            if s >= free_at:
                total += p
                free_at = e
        return total
