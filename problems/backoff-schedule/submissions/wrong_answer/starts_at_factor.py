# Bug: the first retry already waits baseMs * factor.
class Solution:
    def backoffSchedule(self, baseMs: int, factor: int, maxDelayMs: int, retries: int) -> List[int]:
        out, delay = [], baseMs
        for _ in range(retries):
            delay = min(delay * factor, maxDelayMs)
            out.append(delay)
        return out
