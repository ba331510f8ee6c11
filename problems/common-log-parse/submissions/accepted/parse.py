import re

TOKEN = r'[^ \[\]"]+'
LINE = re.compile(
    r'(' + TOKEN + r') ' + TOKEN + r' (' + TOKEN + r') '
    r'\[((\d\d)/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d{4}:(\d\d):(\d\d):(\d\d) [+-]\d{4})\] '
    r'"([A-Z]+) (/[^ "]*) HTTP/\d\.\d" ([1-5]\d\d) (\d+|-)'
)


class Solution:
    def parseAccessLog(self, lines: List[str]) -> List[List[str]]:
        out = []
        for line in lines:
            m = LINE.fullmatch(line)
            if not m:
                continue
            host, user, time, day, _, hh, mm, ss, method, path, status, size = m.groups()
            if not (1 <= int(day) <= 31 and int(hh) <= 23 and int(mm) <= 59 and int(ss) <= 59):
                continue
            out.append([host, user, time, method, path, status, "0" if size == "-" else size])
        return out
