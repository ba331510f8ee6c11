# Averages the two middle values with integer division, losing the .5.
class MedianFinder:
    def __init__(self):
        self.vals = []

    def addNum(self, num: int) -> None:
        insort(self.vals, num)

    def findMedian(self) -> float:
        n = len(self.vals)
        if n % 2:
            return self.vals[n // 2]
        return (self.vals[n // 2 - 1] + self.vals[n // 2]) // 2
