def split_line(line: str):
    fields, i, n = [], 0, len(line)
    while True:
        if i < n and line[i] == '"':  # quoted field
            i += 1
            buf = []
            while True:
                if i >= n:
                    return None  # unterminated quote
                if line[i] == '"':
                    if i + 1 < n and line[i + 1] == '"':
                        buf.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                buf.append(line[i])
                i += 1
            fields.append("".join(buf))
            if i < n and line[i] != ",":
                return None  # text after the closing quote
        else:  # unquoted field: up to the next comma
            j = line.find(",", i)
            j = n if j < 0 else j
            fields.append(line[i:j])
            i = j
        if i >= n:
            return fields
        i += 1  # skip the comma; a field follows (possibly empty)


class Solution:
    def splitCsvLines(self, lines: List[str]) -> List[List[str]]:
        return [split_line(line) or [] for line in lines]
