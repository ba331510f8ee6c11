# Pops on <= : an equally warm day wrongly ends the wait.
class Solution:
    def daysUntilWarmer(self, temps: List[int]) -> List[int]:
        wait = [0] * len(temps)
        stack = []
        for i, t in enumerate(temps):
            while stack and temps[stack[-1]] <= t:
                j = stack.pop()
                wait[j] = i - j
            stack.append(i)
        return wait
