# Bug: uses bisect_left, so the anchor id itself is repeated at the top of the next page.
import bisect


class Solution:
    def nextPage(self, sortedIds: List[int], afterId: int, limit: int) -> List[int]:
        start = bisect.bisect_left(sortedIds, afterId)
        return sortedIds[start : start + limit]
