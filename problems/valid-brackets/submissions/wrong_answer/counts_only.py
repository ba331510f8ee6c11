# Only checks that no kind of bracket ever closes more often than it opened; ignores nesting order.
class Solution:
    def isValid(self, s: str) -> bool:
        depth = {'(': 0, '[': 0, '{': 0}
        match = {')': '(', ']': '[', '}': '{'}
        for ch in s:
            if ch in match:
                depth[match[ch]] -= 1
                if depth[match[ch]] < 0:
                    return False
            else:
                depth[ch] += 1
        return all(v == 0 for v in depth.values())
