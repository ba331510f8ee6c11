# Bug: drops duplicate timestamps, but equal events are distinct events.
class Solution:
    def mergeStreams(self, streams: List[List[int]]) -> List[int]:
        return sorted({x for s in streams for x in s})
