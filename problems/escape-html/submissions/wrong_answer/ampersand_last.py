# Bug: replaces "&" after the other characters, so the entities it just inserted get escaped twice.
class Solution:
    def escapeHtml(self, text: str) -> str:
        for c, e in (("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#39;"), ("&", "&amp;")):
            text = text.replace(c, e)
        return text
