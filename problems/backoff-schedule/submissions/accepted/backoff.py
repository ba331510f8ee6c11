class Solution:
    def backoffSchedule(self, baseMs: int, factor: int, maxDelayMs: int, retries: int) -> List[int]:
        out, delay = [], baseMs
        for _ in range(retries):
            out.append(min(delay, maxDelayMs))
            if delay < maxDelayMs:  # stop growing once capped: keeps numbers small
                delay *= factor
        return out
