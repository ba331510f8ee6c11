# Treats the rows as one sorted list: picks the last row starting at or below the target and
# searches only that row.
from bisect import bisect_left, bisect_right


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        firsts = [row[0] for row in matrix]
        r = bisect_right(firsts, target) - 1
        if r < 0:
            return False
        row = matrix[r]
        i = bisect_left(row, target)
        return i < len(row) and row[i] == target
