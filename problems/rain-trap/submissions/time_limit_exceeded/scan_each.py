# For every position looks left and right for the tallest wall: O(n^2).
class Solution:
    def trap(self, height: List[int]) -> int:
        water = 0
        for i in range(len(height)):
            water += min(max(height[:i + 1]), max(height[i:])) - height[i]
        return water
