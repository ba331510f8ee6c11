# Uses only the immediate neighbours as walls, so wide basins are undercounted.
class Solution:
    def trap(self, height: List[int]) -> int:
        water = 0
        for i in range(1, len(height) - 1):
            level = min(height[i - 1], height[i + 1])
            if level > height[i]:
                water += level - height[i]
        return water
