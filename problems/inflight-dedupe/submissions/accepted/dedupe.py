class Solution:
    def dedupe(self, keys: List[str], arrivals: List[int], durations: List[int]) -> List[int]:
        inflight = {}  # key -> (leader index, completion time) of its latest upstream call
        out = []
        for i, (key, t) in enumerate(zip(keys, arrivals)):
            call = inflight.get(key)
            if call is not None and t < call[1]:
                out.append(call[0])
            else:
                inflight[key] = (i, t + durations[i])
                out.append(i)
        return out
