class Solution:
    def deliveryTimes(self, createdAt: List[int], failures: List[int], durationMs: int,
                      baseDelayMs: int, maxDelayMs: int, maxAttempts: int) -> List[int]:
        pending = [[t, i, 1] for i, t in enumerate(createdAt)]
        out, free_at = [-1] * len(createdAt), 0
        while pending:
            # Linear scan for the next attempt: O(n) per call.
            best = min(range(len(pending)), key=lambda j: (pending[j][0], pending[j][1]))
            due, i, k = pending[best]
            finish = max(free_at, due) + durationMs
            free_at = finish
            if k > failures[i]:
                out[i] = finish
                pending[best] = pending[-1]
                pending.pop()
            elif k < maxAttempts:
                pending[best] = [finish + min(maxDelayMs, baseDelayMs << (k - 1)), i, k + 1]
            else:
                pending[best] = pending[-1]
                pending.pop()
        return out
