# Bug: accepts units in any order (but still once each).
import re


class Solution:
    def parseDuration(self, text: str) -> int:
        parts = re.findall(r"([0-9]{1,9})([dhms])", text)
        if not text or "".join(a + b for a, b in parts) != text:
            return -1
        units = [u for _, u in parts]
        if len(set(units)) != len(units):
            return -1
        size = {"d": 86400, "h": 3600, "m": 60, "s": 1}
        return sum(int(n) * size[u] for n, u in parts)
