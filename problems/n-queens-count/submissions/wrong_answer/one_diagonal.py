# Checks columns and the r - c diagonals, but forgets the r + c anti-diagonals.
class Solution:
    def countPlacements(self, board: List[str]) -> int:
        n = len(board)
        cols, diags = set(), set()

        def place(r):
            if r == n:
                return 1
            total = 0
            for c in range(n):
                if board[r][c] == '#' or c in cols or r - c in diags:
                    continue
                cols.add(c)
                diags.add(r - c)
                total += place(r + 1)
                cols.remove(c)
                diags.remove(r - c)
            return total

        return place(0)
