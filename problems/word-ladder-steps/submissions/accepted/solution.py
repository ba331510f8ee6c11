class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        unseen = set(wordList)
        if endWord not in unseen:
            return 0
        unseen.discard(beginWord)
        letters = 'abcdefghijklmnopqrstuvwxyz'
        frontier, steps = [beginWord], 1
        while frontier:
            steps += 1
            nxt = []
            for word in frontier:
                for i in range(len(word)):
                    head, tail = word[:i], word[i + 1:]
                    for c in letters:
                        cand = head + c + tail
                        if cand in unseen:
                            if cand == endWord:
                                return steps
                            unseen.remove(cand)
                            nxt.append(cand)
            frontier = nxt
        return 0
