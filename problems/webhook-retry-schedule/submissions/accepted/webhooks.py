import heapq


class Solution:
    def deliveryTimes(self, createdAt: List[int], failures: List[int], durationMs: int,
                      baseDelayMs: int, maxDelayMs: int, maxAttempts: int) -> List[int]:
        heap = [(t, i, 1) for i, t in enumerate(createdAt)]
        heapq.heapify(heap)
        out, free_at = [-1] * len(createdAt), 0
        while heap:
            due, i, k = heapq.heappop(heap)
            finish = max(free_at, due) + durationMs
            free_at = finish
            if k > failures[i]:
                out[i] = finish
            elif k < maxAttempts:
                delay = min(maxDelayMs, baseDelayMs << (k - 1))
                heapq.heappush(heap, (finish + delay, i, k + 1))
        return out
