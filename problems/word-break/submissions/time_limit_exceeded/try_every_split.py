# Plain recursion over every split, without remembering failed positions: exponential.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)

        def can(i):
            if i == len(s):
                return True
            for j in range(i + 1, len(s) + 1):
                if s[i:j] in words and can(j):
                    return True
            return False

        return can(0)
