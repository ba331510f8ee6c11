# Repeatedly looks for any overlapping pair and merges it, restarting the search each time.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        iv = [list(x) for x in intervals]
        changed = True
        while changed:
            changed = False
            for i in range(len(iv)):
                for j in range(i + 1, len(iv)):
                    a, b = iv[i], iv[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        iv[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        iv.pop(j)
                        changed = True
                        break
                if changed:
                    break
        return sorted(iv)
