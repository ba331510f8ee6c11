class WeightedRoundRobin:
    def __init__(self, names: List[str], weights: List[int]):
        self.names = names
        self.weight = list(weights)
        self.current = [0] * len(names)
        self.index = {name: i for i, name in enumerate(names)}

    def pick(self) -> str:
        total, best = 0, -1
        for i, w in enumerate(self.weight):
            if w == 0:
                continue
            self.current[i] += w
            total += w
            if best < 0 or self.current[i] > self.current[best]:
                best = i
        if best < 0:
            return ""
        self.current[best] -= total
        return self.names[best]

    def setWeight(self, name: str, weight: int) -> None:
        i = self.index[name]
        self.weight[i] = weight
        self.current[i] = 0
