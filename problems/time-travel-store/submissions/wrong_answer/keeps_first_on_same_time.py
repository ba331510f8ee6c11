# Bug: on two sets at the same timestamp, the first value wins (bisect_left picks the earlier entry).
import bisect
from collections import defaultdict


class TimeMap:
    def __init__(self):
        self.times = defaultdict(list)
        self.values = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        ts = self.times.get(key, [])
        i = bisect.bisect_right(ts, timestamp)
        if not i:
            return ""
        j = bisect.bisect_left(ts, ts[i - 1])
        return self.values[key][j]
