class Solution:
    def compareVersions(self, a: str, b: str) -> int:
        def key(v):
            v = v.split("+", 1)[0]
            core, _, pre = v.partition("-")
            nums = tuple(int(x) for x in core.split("."))
            if not pre:
                return nums, (1,)  # a release outranks every pre-release
            # numeric identifiers (0, n, "") sort before alphanumeric ones (1, 0, s)
            ids = tuple((0, int(x), "") if x.isdigit() else (1, 0, x) for x in pre.split("."))
            return nums, (0, ids)

        ka, kb = key(a), key(b)
        return (ka > kb) - (ka < kb)
