import heapq


class Solution:
    def mergeStreams(self, streams: List[List[int]]) -> List[int]:
        heap = [(s[0], i, 0) for i, s in enumerate(streams) if s]
        heapq.heapify(heap)
        out = []
        while heap:
            value, i, j = heap[0]
            out.append(value)
            if j + 1 < len(streams[i]):
                heapq.heapreplace(heap, (streams[i][j + 1], i, j + 1))
            else:
                heapq.heappop(heap)
        return out
