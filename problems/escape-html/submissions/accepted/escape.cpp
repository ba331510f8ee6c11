class Solution {
public:
    string escapeHtml(string text) {
        // Works byte by byte: the five special characters are ASCII and never occur inside UTF-8 sequences.
        string out;
        out.reserve(text.size() + 16);
        for (char c : text) {
            switch (c) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '"': out += "&quot;"; break;
                case '\'': out += "&#39;"; break;
                default: out += c;
            }
        }
        return out;
    }
};
