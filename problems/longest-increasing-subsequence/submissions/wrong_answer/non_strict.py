# Upper bound instead of lower bound: equal build numbers extend the path (non-decreasing).
from bisect import bisect_right


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            i = bisect_right(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
