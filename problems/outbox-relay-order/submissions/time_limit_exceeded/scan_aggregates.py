class Solution:
    def relayOutbox(self, aggregates: List[str], failures: List[int], batchSize: int, maxBackoff: int) -> List[int]:
        rows = {}
        for i, a in enumerate(aggregates):
            rows.setdefault(a, []).append(i)
        pos = {a: 0 for a in rows}
        until = {a: 0 for a in rows}
        attempts = [0] * len(aggregates)
        delivered = [0] * len(aggregates)
        left, t = len(aggregates), 1
        while left:
            # Scans every aggregate on every tick: O(ticks * aggregates).
            heads = sorted(rows[a][pos[a]] for a in rows if pos[a] < len(rows[a]) and until[a] <= t)
            if not heads:
                t = min(until[a] for a in rows if pos[a] < len(rows[a]))
                continue
            for r in heads[:batchSize]:
                a = aggregates[r]
                if attempts[r] < failures[r]:
                    attempts[r] += 1
                    until[a] = t + min(1 << (attempts[r] - 1), maxBackoff)
                else:
                    delivered[r] = t
                    pos[a] += 1
                    left -= 1
            t += 1
        return delivered
