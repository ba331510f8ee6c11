class Solution {
    string s;

    static bool isWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    size_t skipWs(size_t i) {
        while (i < s.size() && isWs(s[i])) i++;
        return i;
    }

    size_t skipString(size_t i) {
        i++;
        while (s[i] != '"') i += s[i] == '\\' ? 2 : 1;
        return i + 1;
    }

    size_t skipValue(size_t i) {
        if (s[i] == '"') return skipString(i);
        if (s[i] == '{' || s[i] == '[') {
            int depth = 0;
            while (true) {
                char c = s[i];
                if (c == '"') { i = skipString(i); continue; }
                if (c == '{' || c == '[') depth++;
                else if ((c == '}' || c == ']') && --depth == 0) return i + 1;
                i++;
            }
        }
        while (i < s.size() && s[i] != ',' && s[i] != ']' && s[i] != '}' && !isWs(s[i])) i++;
        return i;
    }

public:
    string jsonPathLookup(string document, string path) {
        s = move(document);
        size_t pos = skipWs(0), p = 1;
        while (p < path.size()) {
            if (path[p] == '.') {
                size_t q = p + 1;
                while (q < path.size() && path[q] != '.' && path[q] != '[') q++;
                string key = path.substr(p + 1, q - p - 1);
                p = q;
                if (s[pos] != '{') return "null";
                size_t i = skipWs(pos + 1);
                if (s[i] == '}') return "null";
                while (true) {
                    i = skipWs(i);
                    size_t end = skipString(i);
                    size_t value = skipWs(skipWs(end) + 1);
                    if (end - i - 2 == key.size() && s.compare(i + 1, key.size(), key) == 0) { pos = value; break; }
                    i = skipWs(skipValue(value));
                    if (s[i] == '}') return "null";
                    i++;
                }
            } else {
                size_t q = path.find(']', p);
                long long target = stoll(path.substr(p + 1, q - p - 1));
                p = q + 1;
                if (s[pos] != '[') return "null";
                size_t i = skipWs(pos + 1);
                if (s[i] == ']') return "null";
                for (long long k = 0;; k++) {
                    size_t value = skipWs(i);
                    if (k == target) { pos = value; break; }
                    i = skipWs(skipValue(value));
                    if (s[i] == ']') return "null";
                    i++;
                }
            }
        }
        size_t end = skipValue(pos);
        string out;
        for (size_t i = pos; i < end;) {
            if (s[i] == '"') {
                size_t j = skipString(i);
                out.append(s, i, j - i);
                i = j;
            } else {
                if (!isWs(s[i])) out += s[i];
                i++;
            }
        }
        return out;
    }
};
