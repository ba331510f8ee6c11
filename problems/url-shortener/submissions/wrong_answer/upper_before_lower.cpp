// Bug: uses the alphabet 0-9, A-Z, a-z (upper case first).
class UrlShortener {
    static constexpr const char* ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    long long counter = 0;
    unordered_map<string, string> codeOf, urlOf;

public:
    UrlShortener() {}

    string encode(string longUrl) {
        auto it = codeOf.find(longUrl);
        if (it != codeOf.end()) return it->second;
        long long n = ++counter;
        string code;
        while (n > 0) { code += ALPHABET[n % 62]; n /= 62; }
        while (code.size() < 6) code += '0';
        reverse(code.begin(), code.end());
        codeOf[longUrl] = code;
        urlOf[code] = longUrl;
        return code;
    }

    string decode(string code) {
        auto it = urlOf.find(code);
        return it == urlOf.end() ? "" : it->second;
    }
};
