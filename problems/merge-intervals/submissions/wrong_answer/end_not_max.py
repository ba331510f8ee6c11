# Takes the later interval's end instead of the larger end, so a contained interval shrinks the block.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        out = []
        for s, e in sorted(intervals):
            if out and s <= out[-1][1]:
                out[-1][1] = e
            else:
                out.append([s, e])
        return out
