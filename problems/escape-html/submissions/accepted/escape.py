class Solution:
    ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}

    def escapeHtml(self, text: str) -> str:
        return "".join(self.ENTITIES.get(c, c) for c in text)
