// Bug: leaves the single quote alone, which breaks out of a single-quoted attribute.
public class Solution {
    public string EscapeHtml(string text) {
        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    }
}
