class Solution {

    /**
     * @param String $text
     * @return String
     */
    function escapeHtml($text) {
        // strtr replaces in one pass, so an inserted "&amp;" is never escaped again.
        return strtr($text, ['&' => '&amp;', '<' => '&lt;', '>' => '&gt;', '"' => '&quot;', "'" => '&#39;']);
    }
}
