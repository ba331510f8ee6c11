class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = Counter(nums)
        buckets = [[] for _ in range(len(nums) + 1)]
        for value, c in count.items():
            buckets[c].append(value)
        out = []
        for c in range(len(nums), 0, -1):
            out.extend(buckets[c])
            if len(out) >= k:
                break
        return out[:k]
