import bisect
from collections import defaultdict


class TimeMap:
    def __init__(self):
        self.times = defaultdict(list)   # key -> increasing timestamps
        self.values = defaultdict(list)  # key -> values, parallel to times

    def set(self, key: str, value: str, timestamp: int) -> None:
        ts, vs = self.times[key], self.values[key]
        if ts and ts[-1] == timestamp:
            vs[-1] = value
        else:
            ts.append(timestamp)
            vs.append(value)

    def get(self, key: str, timestamp: int) -> str:
        ts = self.times.get(key)
        if not ts:
            return ""
        i = bisect.bisect_right(ts, timestamp)
        return self.values[key][i - 1] if i else ""
