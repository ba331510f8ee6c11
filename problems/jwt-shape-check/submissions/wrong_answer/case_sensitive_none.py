# Bug: only rejects the exact spelling "none", so "NONE" slips through.
import base64
import re


class Solution:
    def isWellFormedJwt(self, token: str) -> bool:
        parts = token.split(".")
        if len(parts) != 3 or any(not re.fullmatch(r"[A-Za-z0-9_-]+", p) or len(p) % 4 == 1 for p in parts):
            return False
        header, payload = (base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)) for p in parts[:2])
        for raw in (header, payload):
            body = raw.strip()
            if not body.startswith(b"{") or not body.endswith(b"}"):
                return False
        m = re.search(rb'"alg"\s*:\s*"([^"]*)"', header)
        return bool(m) and m.group(1) != b"none"
