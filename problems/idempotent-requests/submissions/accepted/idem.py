class Solution:
    def processRequests(self, ids: List[str], timestamps: List[int], ttlMs: int) -> List[bool]:
        processed_at = {}
        out = []
        for key, t in zip(ids, timestamps):
            last = processed_at.get(key)
            if last is not None and t - last < ttlMs:
                out.append(False)
            else:
                processed_at[key] = t
                out.append(True)
        return out
