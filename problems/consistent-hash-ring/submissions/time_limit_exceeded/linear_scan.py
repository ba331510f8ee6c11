# Correct but scans every point on each lookup: O(points) per getNode.
def fnv1a32(s: str) -> int:
    h = 2166136261
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


class ConsistentHashRing:
    def __init__(self, virtualNodes: int):
        self.vn = virtualNodes
        self.points = {}  # node -> positions

    def addNode(self, node: str) -> None:
        if node not in self.points:
            self.points[node] = [fnv1a32(f"{node}#{i}") for i in range(self.vn)]

    def removeNode(self, node: str) -> None:
        self.points.pop(node, None)

    def getNode(self, key: str) -> str:
        h = fnv1a32(key)
        best, first = None, None
        for node, positions in self.points.items():
            for p in positions:
                if p >= h and (best is None or (p, node) < best):
                    best = (p, node)
                if first is None or (p, node) < first:
                    first = (p, node)
        if first is None:
            return ""
        return (best or first)[1]
