class Solution:
    def splitCsvLines(self, lines: List[str]) -> List[List[str]]:
        out = []
        for line in lines:
            # Bug: every quote toggles "inside quotes", so an escaped "" vanishes instead of
            # becoming one quote, and malformed lines are never detected.
            fields, buf, inside = [], [], False
            for c in line:
                if c == '"':
                    inside = not inside
                elif c == "," and not inside:
                    fields.append("".join(buf))
                    buf = []
                else:
                    buf.append(c)
            fields.append("".join(buf))
            out.append(fields)
        return out
