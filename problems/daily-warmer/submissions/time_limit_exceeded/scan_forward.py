# Scans forward from every day: O(n^2) on long cool spells.
class Solution:
    def daysUntilWarmer(self, temps: List[int]) -> List[int]:
        n = len(temps)
        wait = [0] * n
        for i in range(n):
            t = temps[i]
            for j in range(i + 1, n):
                if temps[j] > t:
                    wait[i] = j - i
                    break
        return wait
