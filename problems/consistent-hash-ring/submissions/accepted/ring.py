import bisect


def fnv1a32(s: str) -> int:
    h = 2166136261
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


class ConsistentHashRing:
    def __init__(self, virtualNodes: int):
        self.vn = virtualNodes
        self.nodes = set()
        self.points = []  # sorted (position, node)

    def addNode(self, node: str) -> None:
        if node in self.nodes:
            return
        self.nodes.add(node)
        for i in range(self.vn):
            bisect.insort(self.points, (fnv1a32(f"{node}#{i}"), node))

    def removeNode(self, node: str) -> None:
        if node in self.nodes:
            self.nodes.discard(node)
            self.points = [p for p in self.points if p[1] != node]

    def getNode(self, key: str) -> str:
        if not self.points:
            return ""
        # "" sorts before every node name, so this finds the first point at position >= h(key).
        i = bisect.bisect_left(self.points, (fnv1a32(key), ""))
        return self.points[i % len(self.points)][1]
