class Solution:
    def replayBalances(self, events: List[List[str]]) -> List[str]:
        balances, seen = {}, set()
        # Bug: events are applied in arrival order instead of sequence order.
        for account, seq, kind, amount in events:
            if (account, seq) in seen:
                continue
            seen.add((account, seq))
            amount = int(amount)
            balance = balances.get(account, 0)
            if kind == "snapshot":
                balance = amount
            elif kind == "deposit":
                balance += amount
            elif amount <= balance:
                balance -= amount
            balances[account] = balance
        return ["%s:%d" % (a, balances[a]) for a in sorted(balances)]
