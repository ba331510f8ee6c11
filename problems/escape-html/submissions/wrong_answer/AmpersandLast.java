// Bug: replaces "&" after the other characters, so the entities it just inserted get escaped twice.
class Solution {
    public String escapeHtml(String text) {
        return text.replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;")
            .replace("&", "&amp;");
    }
}
