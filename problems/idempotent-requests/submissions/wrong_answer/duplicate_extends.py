# Bug: every request, duplicates included, refreshes the key's window.
class Solution:
    def processRequests(self, ids: List[str], timestamps: List[int], ttlMs: int) -> List[bool]:
        seen = {}
        out = []
        for key, t in zip(ids, timestamps):
            out.append(not (key in seen and t - seen[key] < ttlMs))
            seen[key] = t
        return out
