class Solution:
    def replayBalances(self, events: List[List[str]]) -> List[str]:
        by_account = {}  # account -> {seq: (type, amount)}, first delivery of each seq wins
        for account, seq, kind, amount in events:
            log = by_account.setdefault(account, {})
            log.setdefault(int(seq), (kind, int(amount)))
        out = []
        for account in sorted(by_account):
            log = by_account[account]
            seqs = sorted(log)
            # Start from the latest snapshot: it already accounts for every earlier event.
            start = max((i for i, s in enumerate(seqs) if log[s][0] == "snapshot"), default=-1)
            balance = 0
            for s in seqs[max(start, 0):]:
                kind, amount = log[s]
                if kind == "snapshot":
                    balance = amount
                elif kind == "deposit":
                    balance += amount
                elif amount <= balance:  # a withdrawal that would overdraw is rejected
                    balance -= amount
            out.append("%s:%d" % (account, balance))
        return out
