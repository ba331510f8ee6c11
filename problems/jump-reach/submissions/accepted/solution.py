class Solution:
    def canReachEnd(self, hops: List[int]) -> bool:
        far = 0
        last = len(hops) - 1
        for i, h in enumerate(hops):
            if i > far:
                return False
            if i + h > far:
                far = i + h
                if far >= last:
                    return True
        return far >= last
