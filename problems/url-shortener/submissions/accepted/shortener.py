ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class UrlShortener:
    def __init__(self):
        self.code_of = {}
        self.url_of = {}

    def encode(self, longUrl: str) -> str:
        code = self.code_of.get(longUrl)
        if code is None:
            n = len(self.code_of) + 1
            digits = ""
            while n:
                n, r = divmod(n, 62)
                digits = ALPHABET[r] + digits
            code = digits.rjust(6, "0")
            self.code_of[longUrl] = code
            self.url_of[code] = longUrl
        return code

    def decode(self, code: str) -> str:
        return self.url_of.get(code, "")
