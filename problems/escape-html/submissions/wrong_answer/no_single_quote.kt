// Bug: leaves the single quote alone, so an attribute quoted with ' can be broken out of.
class Solution {
    fun escapeHtml(text: String): String =
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
}
