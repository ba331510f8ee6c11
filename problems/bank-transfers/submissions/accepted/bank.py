class Bank:
    def __init__(self, balances: List[int]):
        self.balances = list(balances)

    def _exists(self, account: int) -> bool:
        return 1 <= account <= len(self.balances)

    def transfer(self, fromAccount: int, toAccount: int, amount: int) -> bool:
        # Validate everything first, then apply both sides: all or nothing.
        if not (self._exists(fromAccount) and self._exists(toAccount)):
            return False
        if self.balances[fromAccount - 1] < amount:
            return False
        self.balances[fromAccount - 1] -= amount
        self.balances[toAccount - 1] += amount
        return True

    def deposit(self, account: int, amount: int) -> bool:
        if not self._exists(account):
            return False
        self.balances[account - 1] += amount
        return True

    def withdraw(self, account: int, amount: int) -> bool:
        if not self._exists(account) or self.balances[account - 1] < amount:
            return False
        self.balances[account - 1] -= amount
        return True

    def balance(self, account: int) -> int:
        return self.balances[account - 1] if self._exists(account) else -1
