class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        a = sorted(nums)
        n, out = len(a), []
        for i in range(n - 2):
            x = a[i]
            if x > 0:
                break
            if i and x == a[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = x + a[lo] + a[hi]
                if s < 0:
                    lo += 1
                elif s > 0:
                    hi -= 1
                else:
                    out.append([x, a[lo], a[hi]])
                    lo += 1
                    while lo < hi and a[lo] == a[lo - 1]:
                        lo += 1
                    hi -= 1
        return out
