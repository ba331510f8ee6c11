# Bug: debits the source before validating the target, and never rolls back.
class Bank:
    def __init__(self, balances: List[int]):
        self.b = list(balances)

    def _ok(self, a):
        return 1 <= a <= len(self.b)

    def transfer(self, fromAccount: int, toAccount: int, amount: int) -> bool:
        if not self._ok(fromAccount) or self.b[fromAccount - 1] < amount:
            return False
        self.b[fromAccount - 1] -= amount
        if not self._ok(toAccount):
            return False
        self.b[toAccount - 1] += amount
        return True

    def deposit(self, account: int, amount: int) -> bool:
        if not self._ok(account):
            return False
        self.b[account - 1] += amount
        return True

    def withdraw(self, account: int, amount: int) -> bool:
        if not self._ok(account) or self.b[account - 1] < amount:
            return False
        self.b[account - 1] -= amount
        return True

    def balance(self, account: int) -> int:
        return self.b[account - 1] if self._ok(account) else -1
