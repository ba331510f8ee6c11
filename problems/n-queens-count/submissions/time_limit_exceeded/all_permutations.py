# Checks every permutation of columns: n! placements, each checked pairwise.
from itertools import permutations


class Solution:
    def countPlacements(self, board: List[str]) -> int:
        n = len(board)
        count = 0
        for perm in permutations(range(n)):
            if any(board[r][c] == '#' for r, c in enumerate(perm)):
                continue
            if all(abs(perm[i] - perm[j]) != j - i for i in range(n) for j in range(i + 1, n)):
                count += 1
        return count
