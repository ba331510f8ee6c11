// Bug: replaces "&" after the other characters, so the entities it just inserted get escaped twice.
class Solution {

    /**
     * @param String $text
     * @return String
     */
    function escapeHtml($text) {
        return str_replace(['<', '>', '"', "'", '&'], ['&lt;', '&gt;', '&quot;', '&#39;', '&amp;'], $text);
    }
}
