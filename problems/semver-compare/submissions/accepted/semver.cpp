class Solution {
    static vector<string> split(const string& s, char sep) {
        vector<string> out;
        string cur;
        for (char c : s) {
            if (c == sep) { out.push_back(cur); cur.clear(); }
            else cur += c;
        }
        out.push_back(cur);
        return out;
    }
    static bool isNum(const string& s) {
        return all_of(s.begin(), s.end(), [](char c) { return isdigit((unsigned char)c); });
    }
    static int sign(long long v) { return (v > 0) - (v < 0); }

public:
    int compareVersions(string a, string b) {
        a = a.substr(0, a.find('+'));
        b = b.substr(0, b.find('+'));
        size_t da = a.find('-'), db = b.find('-');
        auto ca = split(a.substr(0, da), '.'), cb = split(b.substr(0, db), '.');
        for (int i = 0; i < 3; i++)
            if (long long d = stoll(ca[i]) - stoll(cb[i])) return sign(d);
        if (da == string::npos || db == string::npos) {
            if (da == db) return 0;
            return da == string::npos ? 1 : -1;
        }
        auto pa = split(a.substr(da + 1), '.'), pb = split(b.substr(db + 1), '.');
        for (size_t i = 0; i < min(pa.size(), pb.size()); i++) {
            bool na = isNum(pa[i]), nb = isNum(pb[i]);
            int c;
            if (na && nb) c = sign(stoll(pa[i]) - stoll(pb[i]));
            else if (na != nb) c = na ? -1 : 1;
            else c = sign(pa[i].compare(pb[i]));
            if (c) return c;
        }
        return sign((long long)pa.size() - (long long)pb.size());
    }
};
