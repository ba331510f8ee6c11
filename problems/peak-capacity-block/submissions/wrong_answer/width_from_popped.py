# Monotonic stack that measures a popped minute's block from the popped minute itself instead of
# from the minute after the new stack top, so it never extends a block to the left.
class Solution:
    def largestBlock(self, free: List[int]) -> int:
        best, st, n = 0, [], len(free)
        for i in range(n + 1):
            h = free[i] if i < n else -1
            while st and free[st[-1]] >= h:
                j = st.pop()
                best = max(best, free[j] * (i - j))
            st.append(i)
        return best
