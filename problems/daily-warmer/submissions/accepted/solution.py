class Solution:
    def daysUntilWarmer(self, temps: List[int]) -> List[int]:
        wait = [0] * len(temps)
        stack = []  # indices still waiting; temperatures non-increasing
        for i, t in enumerate(temps):
            while stack and temps[stack[-1]] < t:
                j = stack.pop()
                wait[j] = i - j
            stack.append(i)
        return wait
