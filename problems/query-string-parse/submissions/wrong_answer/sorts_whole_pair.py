# Bug: sorts by the whole "key=value" string, reordering parameters that share a key.
from urllib.parse import unquote_plus


class Solution:
    def parseQuery(self, query: str) -> List[str]:
        out = []
        for piece in query.split("&"):
            if piece:
                k, _, v = piece.partition("=")
                out.append(unquote_plus(k) + "=" + unquote_plus(v))
        return sorted(out)
