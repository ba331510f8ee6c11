# Keys groups by the set of letters, so "aab" and "abb" land in the same group.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups[''.join(sorted(set(s)))].append(s)
        return list(groups.values())
