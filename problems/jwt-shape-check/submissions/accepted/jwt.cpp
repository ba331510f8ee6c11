class Solution {
    static int val(char c) {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '-') return 62;
        if (c == '_') return 63;
        return -1;
    }

    static string decode(const string& s) {
        string out;
        int acc = 0, bits = 0;
        for (char c : s) {
            acc = ((acc << 6) | val(c)) & 0xFFFFFF;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out += (char)((acc >> bits) & 0xFF);
            }
        }
        return out;
    }

    static bool isWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    static bool isObject(const string& t) {
        int lo = 0, hi = (int)t.size() - 1;
        while (lo <= hi && isWs(t[lo])) lo++;
        while (hi >= lo && isWs(t[hi])) hi--;
        return lo <= hi && t[lo] == '{' && t[hi] == '}';
    }

public:
    bool isWellFormedJwt(string token) {
        vector<string> parts(1);
        for (char c : token) {
            if (c == '.') parts.emplace_back();
            else parts.back() += c;
        }
        if (parts.size() != 3) return false;
        for (auto& p : parts) {
            if (p.empty() || p.size() % 4 == 1) return false;
            for (char c : p)
                if (val(c) < 0) return false;
        }
        string header = decode(parts[0]), payload = decode(parts[1]);
        if (!isObject(header) || !isObject(payload)) return false;
        size_t i = header.find("\"alg\"");
        if (i == string::npos) return false;
        i += 5;
        while (i < header.size() && isWs(header[i])) i++;
        if (i >= header.size() || header[i] != ':') return false;
        i++;
        while (i < header.size() && isWs(header[i])) i++;
        if (i >= header.size() || header[i] != '"') return false;
        size_t end = header.find('"', i + 1);
        if (end == string::npos) return false;
        string alg = header.substr(i + 1, end - i - 1);
        for (char& c : alg) c = tolower((unsigned char)c);
        return alg != "none";
    }
};
