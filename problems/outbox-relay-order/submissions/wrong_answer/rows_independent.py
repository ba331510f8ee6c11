import heapq


class Solution:
    def relayOutbox(self, aggregates: List[str], failures: List[int], batchSize: int, maxBackoff: int) -> List[int]:
        # Bug: rows are retried independently, so a failing row no longer holds back the later
        # rows of its aggregate and consumers see events out of order.
        ready = list(range(len(aggregates)))
        blocked = []
        attempts = [0] * len(aggregates)
        delivered = [0] * len(aggregates)
        t = 1
        while ready or blocked:
            if not ready:
                t = max(t, blocked[0][0])
            while blocked and blocked[0][0] <= t:
                heapq.heappush(ready, heapq.heappop(blocked)[1])
            for _ in range(min(batchSize, len(ready))):
                r = heapq.heappop(ready)
                if attempts[r] < failures[r]:
                    attempts[r] += 1
                    heapq.heappush(blocked, (t + min(1 << (attempts[r] - 1), maxBackoff), r))
                else:
                    delivered[r] = t
            t += 1
        return delivered
