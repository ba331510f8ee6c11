class Solution {
    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static string decode(const string& s) {
        string out;  // UTF-8 bytes; byte order equals code point order
        for (size_t i = 0; i < s.size();) {
            if (s[i] == '+') {
                out += ' ';
                i++;
            } else if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
                out += (char)(hex(s[i + 1]) * 16 + hex(s[i + 2]));
                i += 3;
            } else {
                out += s[i++];
            }
        }
        return out;
    }

public:
    vector<string> parseQuery(string query) {
        vector<pair<string, string>> params;
        size_t start = 0;
        while (start <= query.size()) {
            size_t end = query.find('&', start);
            if (end == string::npos) end = query.size();
            string piece = query.substr(start, end - start);
            if (!piece.empty()) {
                size_t eq = piece.find('=');
                if (eq == string::npos) params.push_back({decode(piece), ""});
                else params.push_back({decode(piece.substr(0, eq)), decode(piece.substr(eq + 1))});
            }
            start = end + 1;
        }
        stable_sort(params.begin(), params.end(),
                    [](const auto& a, const auto& b) {
                        return lexicographical_compare(a.first.begin(), a.first.end(), b.first.begin(), b.first.end(),
                                                       [](char x, char y) { return (unsigned char)x < (unsigned char)y; });
                    });
        vector<string> out;
        for (auto& [k, v] : params) out.push_back(k + "=" + v);
        return out;
    }
};
