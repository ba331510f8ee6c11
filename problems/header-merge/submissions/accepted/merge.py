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
            if key == "set-cookie":
                out.extend([key, v] for v in vals)
            elif key in SINGLETON:
                out.append([key, vals[-1]])
            else:
                out.append([key, ", ".join(v for v in vals if v)])
        return out
