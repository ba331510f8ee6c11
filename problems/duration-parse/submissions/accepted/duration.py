UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
ORDER = "dhms"


class Solution:
    def parseDuration(self, text: str) -> int:
        total, i, last_unit = 0, 0, -1
        if not text:
            return -1
        while i < len(text):
            j = i
            while j < len(text) and "0" <= text[j] <= "9":
                j += 1
            if not 1 <= j - i <= 9 or j == len(text) or text[j] not in UNITS:
                return -1
            unit = ORDER.index(text[j])
            if unit <= last_unit:  # repeated or out of order
                return -1
            total += int(text[i:j]) * UNITS[text[j]]
            last_unit, i = unit, j + 1
        return total
