# Always takes the longest dictionary word that matches at the current position.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        i = 0
        while i < len(s):
            for j in range(len(s), i, -1):
                if s[i:j] in words:
                    i = j
                    break
            else:
                return False
        return True
