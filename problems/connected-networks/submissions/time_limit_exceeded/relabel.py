# Keeps an explicit network label per server and relabels every server on each merge: O(n * m).
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        label = list(range(n))
        for a, b in edges:
            la, lb = label[a], label[b]
            if la != lb:
                for i in range(n):
                    if label[i] == la:
                        label[i] = lb
        return len(set(label))
