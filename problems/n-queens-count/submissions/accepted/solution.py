class Solution:
    def countPlacements(self, board: List[str]) -> int:
        n = len(board)
        full = (1 << n) - 1
        blocked = [sum(1 << c for c, ch in enumerate(row) if ch == '#') for row in board]

        def place(r, cols, diag, anti):
            if r == n:
                return 1
            total = 0
            free = full & ~(cols | diag | anti | blocked[r])
            while free:
                b = free & -free
                free ^= b
                total += place(r + 1, cols | b, ((diag | b) << 1) & full, (anti | b) >> 1)
            return total

        return place(0, 0, 0, 0)
