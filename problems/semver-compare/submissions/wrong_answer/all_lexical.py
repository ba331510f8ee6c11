# Bug: compares pre-release identifiers as text even when both are numeric.
class Solution:
    def compareVersions(self, a: str, b: str) -> int:
        def key(v):
            core, _, pre = v.split("+", 1)[0].partition("-")
            nums = tuple(int(x) for x in core.split("."))
            return nums, (1,) if not pre else (0, tuple(pre.split(".")))

        ka, kb = key(a), key(b)
        return (ka > kb) - (ka < kb)
