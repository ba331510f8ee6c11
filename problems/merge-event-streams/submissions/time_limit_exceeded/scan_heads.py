# Correct but O(N * k): scans every stream head to find the minimum each time.
class Solution:
    def mergeStreams(self, streams: List[List[int]]) -> List[int]:
        pos = [0] * len(streams)
        out = []
        while True:
            best = -1
            for i in range(len(streams)):
                if pos[i] < len(streams[i]) and (best < 0 or streams[i][pos[i]] < streams[best][pos[best]]):
                    best = i
            if best < 0:
                return out
            out.append(streams[best][pos[best]])
            pos[best] += 1
