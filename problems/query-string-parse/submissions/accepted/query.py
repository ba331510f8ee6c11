HEX = set("0123456789abcdefABCDEF")


def decode(s: str) -> str:
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == "+":
            out += b" "
            i += 1
        elif c == "%" and i + 2 < len(s) and s[i + 1] in HEX and s[i + 2] in HEX:
            out.append(int(s[i + 1 : i + 3], 16))
            i += 3
        else:
            out += c.encode()
            i += 1
    return out.decode("utf-8")


class Solution:
    def parseQuery(self, query: str) -> List[str]:
        params = []
        for piece in query.split("&"):
            if piece:
                key, _, value = piece.partition("=")
                params.append((decode(key), decode(value)))
        params.sort(key=lambda p: p[0])  # list.sort is stable
        return [f"{k}={v}" for k, v in params]
