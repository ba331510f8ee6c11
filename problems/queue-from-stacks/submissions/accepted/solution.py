class TwoStackQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def _refill(self) -> None:
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def pop(self) -> int:
        self._refill()
        return self.outbox.pop()

    def peek(self) -> int:
        self._refill()
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
