# Bug: removes whitespace everywhere, including inside string literals.
import json
import re


class Solution:
    def jsonPathLookup(self, document: str, path: str) -> str:
        v = json.loads(document)
        for key, idx in re.findall(r"\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]", path[1:]):
            if key:
                if not isinstance(v, dict) or key not in v:
                    return "null"
                v = v[key]
            else:
                if not isinstance(v, list) or int(idx) >= len(v):
                    return "null"
                v = v[int(idx)]
        return re.sub(r"\s", "", json.dumps(v))
