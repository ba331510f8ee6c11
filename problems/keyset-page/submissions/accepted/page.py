import bisect


class Solution:
    def nextPage(self, sortedIds: List[int], afterId: int, limit: int) -> List[int]:
        start = bisect.bisect_right(sortedIds, afterId)  # first id > afterId
        return sortedIds[start : start + limit]
