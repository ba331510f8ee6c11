# Scans the whole list once per distinct value: O(n * distinct).
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        distinct = list(dict.fromkeys(nums))
        counts = []
        for v in distinct:
            c = 0
            for x in nums:
                if x == v:
                    c += 1
            counts.append((c, v))
        counts.sort(reverse=True)
        return [v for _, v in counts[:k]]
