UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
DEFAULT_PORT = {"http": "80", "https": "443"}


def fix_percent(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        if s[i] == "%":
            ch = chr(int(s[i + 1:i + 3], 16))
            out.append(ch if ch in UNRESERVED else "%" + s[i + 1:i + 3].upper())
            i += 3
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def remove_dot_segments(path: str) -> str:
    out = []
    for seg in path.split("/")[1:]:  # the path starts with "/"
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    trailing = path.endswith("/.") or path.endswith("/..")
    return "/" + "/".join(out) + ("/" if trailing and out else "")


class Solution:
    def normalizeUrls(self, urls: List[str]) -> List[str]:
        result = []
        for url in urls:
            scheme, rest = url.split("://", 1)
            scheme = scheme.lower()
            rest = rest.split("#", 1)[0]
            query = ""
            if "?" in rest:
                rest, query = rest.split("?", 1)
                query = "?" + fix_percent(query)
            slash = rest.find("/")
            authority, path = (rest, "") if slash < 0 else (rest[:slash], rest[slash:])
            host, _, port = authority.partition(":")
            host = host.lower()
            port = str(int(port)) if port else ""
            if port and port != DEFAULT_PORT[scheme]:
                host += ":" + port
            # Bug: dot segments are removed before decoding, so "%2E%2E" survives as "..".
            path = fix_percent(remove_dot_segments(path)) if path else "/"
            result.append(scheme + "://" + host + path + query)
        return result
