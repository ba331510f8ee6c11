# Checks for the target before checking that the variant is registered, so an unregistered
# endWord one letter away from a reachable label is "reached".
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        unseen = set(wordList)
        unseen.discard(beginWord)
        frontier, steps = [beginWord], 1
        while frontier:
            steps += 1
            nxt = []
            for word in frontier:
                for i in range(len(word)):
                    for c in 'abcdefghijklmnopqrstuvwxyz':
                        cand = word[:i] + c + word[i + 1:]
                        if cand == endWord:
                            return steps
                        if cand in unseen:
                            unseen.remove(cand)
                            nxt.append(cand)
            frontier = nxt
        return 0
