SINGLETON = {"content-type", "content-length", "host", "authorization"}


class Solution:
    def mergeHeaders(self, headers: List[List[str]]) -> List[List[str]]:
        order, values = [], {}
        for name, value in headers:
            key = name.lower()
            if key not in values:
                order.append(key)
                values[key] = []
            values[key].append(value.strip(" "))
        out = []
        for key in order:
            vals = values[key]
            # Bug: Set-Cookie is folded into one comma-separated line like any list header, which
            # breaks cookies whose Expires attribute contains a comma.
            if key in SINGLETON:
                out.append([key, vals[-1]])
            else:
                out.append([key, ", ".join(v for v in vals if v)])
        return out
