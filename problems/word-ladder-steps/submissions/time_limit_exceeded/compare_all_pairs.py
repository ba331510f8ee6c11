# BFS that finds neighbours by comparing the current label with every unvisited one: O(n^2 * L).
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        if endWord not in wordList:
            return 0
        def one_apart(a, b):
            diff = 0
            for x, y in zip(a, b):
                if x != y:
                    diff += 1
                    if diff > 1:
                        return False
            return diff == 1
        unseen = [w for w in wordList if w != beginWord]
        frontier, steps = [beginWord], 1
        while frontier:
            steps += 1
            nxt = []
            for word in frontier:
                rest = []
                for w in unseen:
                    if one_apart(word, w):
                        if w == endWord:
                            return steps
                        nxt.append(w)
                    else:
                        rest.append(w)
                unseen = rest
            frontier = nxt
        return 0
