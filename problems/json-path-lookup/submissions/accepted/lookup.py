import re

WS = " \t\n\r"


class Solution:
    def jsonPathLookup(self, document: str, path: str) -> str:
        s = document

        def skip_ws(i):
            while i < len(s) and s[i] in WS:
                i += 1
            return i

        def skip_string(i):  # s[i] == '"'
            i += 1
            while s[i] != '"':
                i += 2 if s[i] == "\\" else 1
            return i + 1

        def skip_value(i):
            c = s[i]
            if c == '"':
                return skip_string(i)
            if c in "{[":
                depth = 0
                while True:
                    c = s[i]
                    if c == '"':
                        i = skip_string(i)
                        continue
                    if c in "{[":
                        depth += 1
                    elif c in "}]":
                        depth -= 1
                        if depth == 0:
                            return i + 1
                    i += 1
            while i < len(s) and s[i] not in ",]}" + WS:
                i += 1
            return i

        pos = skip_ws(0)
        for key, idx in re.findall(r"\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]", path[1:]):
            if key:
                if s[pos] != "{":
                    return "null"
                i = skip_ws(pos + 1)
                if s[i] == "}":
                    return "null"
                while True:
                    i = skip_ws(i)
                    end = skip_string(i)
                    name = s[i + 1 : end - 1]
                    value = skip_ws(skip_ws(end) + 1)  # past the ':'
                    if name == key:
                        pos = value
                        break
                    i = skip_ws(skip_value(value))
                    if s[i] == "}":
                        return "null"
                    i += 1
            else:
                target = int(idx)
                if s[pos] != "[":
                    return "null"
                i = skip_ws(pos + 1)
                if s[i] == "]":
                    return "null"
                k = 0
                while True:
                    value = skip_ws(i)
                    if k == target:
                        pos = value
                        break
                    i = skip_ws(skip_value(value))
                    if s[i] == "]":
                        return "null"
                    i += 1
                    k += 1

        out, i, end = [], pos, skip_value(pos)
        while i < end:
            if s[i] == '"':
                j = skip_string(i)
                out.append(s[i:j])
                i = j
            else:
                if s[i] not in WS:
                    out.append(s[i])
                i += 1
        return "".join(out)
