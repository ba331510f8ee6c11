import base64
import re

SEGMENT = re.compile(r"[A-Za-z0-9_-]+")
ALG = re.compile(rb'[ \t\n\r]*:[ \t\n\r]*"([^"]*)"')


class Solution:
    def isWellFormedJwt(self, token: str) -> bool:
        parts = token.split(".")
        if len(parts) != 3:
            return False
        if any(not SEGMENT.fullmatch(p) or len(p) % 4 == 1 for p in parts):
            return False
        header, payload = (base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)) for p in parts[:2])
        for raw in (header, payload):
            body = raw.strip(b" \t\n\r")
            if not body.startswith(b"{") or not body.endswith(b"}"):
                return False
        at = header.find(b'"alg"')
        if at < 0:
            return False
        m = ALG.match(header, at + 5)
        return bool(m) and m.group(1).lower() != b"none"
