# Correct but scans a key's whole history on every get.
class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        best_t, best_v = -1, ""
        for t, v in self.history.get(key, []):
            if t <= timestamp and t >= best_t:
                best_t, best_v = t, v
        return best_v
