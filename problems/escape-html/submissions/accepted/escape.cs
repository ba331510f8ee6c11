public class Solution {
    public string EscapeHtml(string text) {
        var out_ = new StringBuilder(text.Length + 16);
        foreach (char c in text) {
            switch (c) {
                case '&': out_.Append("&amp;"); break;
                case '<': out_.Append("&lt;"); break;
                case '>': out_.Append("&gt;"); break;
                case '"': out_.Append("&quot;"); break;
                case '\'': out_.Append("&#39;"); break;
                default: out_.Append(c); break;
            }
        }
        return out_.ToString();
    }
}
