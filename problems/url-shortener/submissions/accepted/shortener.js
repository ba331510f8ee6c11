const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

class UrlShortener {
  constructor() {
    this.counter = 0;
    this.codeOf = new Map();
    this.urlOf = new Map();
  }

  encode(longUrl) {
    let code = this.codeOf.get(longUrl);
    if (code === undefined) {
      let n = ++this.counter;
      let digits = '';
      while (n > 0) {
        digits = ALPHABET[n % 62] + digits;
        n = Math.floor(n / 62);
      }
      code = digits.padStart(6, '0');
      this.codeOf.set(longUrl, code);
      this.urlOf.set(code, longUrl);
    }
    return code;
  }

  decode(code) {
    return this.urlOf.get(code) ?? '';
  }
}
