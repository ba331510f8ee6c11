def parse_tag(tag: str):
    """'W/"x"' -> (True, 'x'); '"x"' -> (False, 'x')."""
    weak = tag.startswith("W/")
    return weak, tag[3:-1] if weak else tag[1:-1]


def parse_list(header: str):
    return [parse_tag(t.strip(" ")) for t in header.split(",") if t.strip(" ")]


class Solution:
    def evaluateRequests(self, requests: List[List[str]]) -> List[int]:
        out = []
        for method, current, if_match, if_none_match in requests:
            exists = current != ""
            cur = parse_tag(current) if exists else None
            if if_match:
                if if_match.strip(" ") == "*":
                    ok = exists
                else:  # strong comparison: neither tag may be weak
                    ok = exists and not cur[0] and any(not w and v == cur[1] for w, v in parse_list(if_match))
                if not ok:
                    out.append(412)
                    continue
            if if_none_match:
                if if_none_match.strip(" ") == "*":
                    matched = exists
                else:  # weak comparison: only the opaque values
                    # Bug: If-None-Match uses the strong comparison, so weak validators never match.
                    matched = exists and not cur[0] and any(not w and v == cur[1] for w, v in parse_list(if_none_match))
                if matched:
                    out.append(304 if method in ("GET", "HEAD") else 412)
                    continue
            if exists:
                out.append(200)
            else:
                out.append(201 if method == "PUT" else 404)
        return out
