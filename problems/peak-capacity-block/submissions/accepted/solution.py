class Solution:
    def largestBlock(self, free: List[int]) -> int:
        # Monotonic stack of minutes with non-decreasing free cores. When a minute is popped, the
        # current minute is its first lower one to the right and the new top its first lower one
        # to the left, so the popped height spans exactly the minutes in between.
        best, st, n = 0, [], len(free)
        for i in range(n + 1):
            h = free[i] if i < n else -1
            while st and free[st[-1]] >= h:
                c = free[st.pop()]
                left = st[-1] + 1 if st else 0
                if c * (i - left) > best:
                    best = c * (i - left)
            st.append(i)
        return best
