# Repeatedly scans all courses for one whose prerequisites are done: O(n * (n + m)) on long chains.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            needs[a].append(b)
        done = [False] * numCourses
        for _ in range(numCourses):
            progress = False
            for c in range(numCourses):
                if not done[c] and all(done[b] for b in needs[c]):
                    done[c] = True
                    progress = True
                    break
            if not progress:
                return False
        return True
