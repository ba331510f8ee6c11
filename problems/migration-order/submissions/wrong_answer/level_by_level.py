# Bug: processes whole "levels" (sorted) at a time, which is a valid order but not the smallest one.
class Solution:
    def migrationOrder(self, names: List[str], deps: List[List[str]]) -> List[str]:
        waiting = {n: 0 for n in names}
        unblocks = {n: [] for n in names}
        for a, b in deps:
            unblocks[b].append(a)
            waiting[a] += 1
        level = sorted(n for n in names if waiting[n] == 0)
        order = []
        while level:
            order.extend(level)
            nxt = []
            for n in level:
                for m in unblocks[n]:
                    waiting[m] -= 1
                    if waiting[m] == 0:
                        nxt.append(m)
            level = sorted(nxt)
        return order if len(order) == len(names) else []
