def parse_q(text: str) -> int:
    """q in thousandths: "0.5" -> 500, "1" -> 1000."""
    whole, _, frac = text.partition(".")
    return int(whole) * 1000 + int((frac + "000")[:3])


class Solution:
    def negotiate(self, accept: str, available: List[str]) -> str:
        ranges = []  # (type, subtype, q) in header order
        for part in accept.split(","):
            pieces = [p.strip(" ") for p in part.split(";")]
            if not pieces[0]:
                continue
            mtype, _, subtype = pieces[0].lower().partition("/")
            q = 1000
            for param in pieces[1:]:
                key, _, value = param.partition("=")
                if key.strip(" ").lower() == "q":
                    q = parse_q(value.strip(" "))
            ranges.append((mtype, subtype, q))
        if not ranges:
            ranges = [("*", "*", 1000)]

        best, best_q = "", 0
        for media in available:
            mtype, _, subtype = media.lower().partition("/")
            spec, q = -1, 0
            for rt, rs, rq in ranges:
                if rt == mtype and rs == subtype:
                    s = 2
                elif rt == mtype and rs == "*":
                    s = 1
                elif rt == "*" and rs == "*":
                    s = 0
                else:
                    continue
                # Bug: takes the highest q of any matching range instead of the most specific one,
                # so "*/*;q=0.9" overrides an explicit "image/png;q=0".
                spec, q = max(spec, s), max(q, rq)
            if q > best_q:
                best, best_q = media, q
        return best
