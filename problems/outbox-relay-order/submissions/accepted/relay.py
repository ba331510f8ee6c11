import heapq
from collections import defaultdict, deque


class Solution:
    def relayOutbox(self, aggregates: List[str], failures: List[int], batchSize: int, maxBackoff: int) -> List[int]:
        rows = defaultdict(deque)  # aggregate -> its undelivered rows, in id order
        for i, a in enumerate(aggregates):
            rows[a].append(i)
        ready = [q[0] for q in rows.values()]  # heads that may be attempted now (min-heap by id)
        heapq.heapify(ready)
        blocked = []  # (blocked until tick, head row id)
        attempts = [0] * len(aggregates)
        delivered = [0] * len(aggregates)
        t = 1
        while ready or blocked:
            if not ready:
                t = max(t, blocked[0][0])
            while blocked and blocked[0][0] <= t:
                heapq.heappush(ready, heapq.heappop(blocked)[1])
            batch = [heapq.heappop(ready) for _ in range(min(batchSize, len(ready)))]
            later = []
            for r in batch:
                if attempts[r] < failures[r]:
                    attempts[r] += 1
                    heapq.heappush(blocked, (t + min(1 << (attempts[r] - 1), maxBackoff), r))
                else:
                    delivered[r] = t
                    q = rows[aggregates[r]]
                    q.popleft()
                    if q:
                        later.append(q[0])  # the next row waits for the next tick
            for r in later:
                heapq.heappush(ready, r)
            t += 1
        return delivered
