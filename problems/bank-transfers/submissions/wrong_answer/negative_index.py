# Bug: only checks the upper bound, so account 0 or -1 silently maps to the last accounts.
class Bank:
    def __init__(self, balances: List[int]):
        self.b = list(balances)

    def _ok(self, a):
        return a <= len(self.b)

    def transfer(self, fromAccount: int, toAccount: int, amount: int) -> bool:
        if not (self._ok(fromAccount) and self._ok(toAccount)) or self.b[fromAccount - 1] < amount:
            return False
        self.b[fromAccount - 1] -= amount
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
