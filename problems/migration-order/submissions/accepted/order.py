import heapq


class Solution:
    def migrationOrder(self, names: List[str], deps: List[List[str]]) -> List[str]:
        waiting = {n: 0 for n in names}
        unblocks = {n: [] for n in names}
        for a, b in deps:
            unblocks[b].append(a)
            waiting[a] += 1
        # Kahn's algorithm with a min-heap: always run the smallest ready migration.
        ready = [n for n in names if waiting[n] == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            n = heapq.heappop(ready)
            order.append(n)
            for m in unblocks[n]:
                waiting[m] -= 1
                if waiting[m] == 0:
                    heapq.heappush(ready, m)
        return order if len(order) == len(names) else []
