# Bug: decodes by parsing the base-62 number, so "1" or "0000001" are accepted as "000001".
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class UrlShortener:
    def __init__(self):
        self.urls = []
        self.code_of = {}

    def encode(self, longUrl: str) -> str:
        if longUrl not in self.code_of:
            self.urls.append(longUrl)
            n, digits = len(self.urls), ""
            while n:
                n, r = divmod(n, 62)
                digits = ALPHABET[r] + digits
            self.code_of[longUrl] = digits.rjust(6, "0")
        return self.code_of[longUrl]

    def decode(self, code: str) -> str:
        n = 0
        for c in code:
            if c not in ALPHABET:
                return ""
            n = n * 62 + ALPHABET.index(c)
        return self.urls[n - 1] if 1 <= n <= len(self.urls) else ""
