const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

class UrlShortener {
  private counter = 0;
  private readonly codeOf = new Map<string, string>();
  private readonly urlOf = new Map<string, string>();

  encode(longUrl: string): string {
    const existing = this.codeOf.get(longUrl);
    if (existing !== undefined) return existing;
    let n = ++this.counter;
    let digits = '';
    while (n > 0) {
      digits = ALPHABET[n % 62] + digits;
      n = Math.floor(n / 62);
    }
    const code = digits.padStart(6, '0');
    this.codeOf.set(longUrl, code);
    this.urlOf.set(code, longUrl);
    return code;
  }

  decode(code: string): string {
    return this.urlOf.get(code) ?? '';
  }
}
