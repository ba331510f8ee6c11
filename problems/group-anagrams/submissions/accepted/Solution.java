class Solution {
    public String[][] groupAnagrams(String[] strs) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String s : strs) {
            char[] c = s.toCharArray();
            Arrays.sort(c);
            groups.computeIfAbsent(new String(c), k -> new ArrayList<>()).add(s);
        }
        String[][] out = new String[groups.size()][];
        int i = 0;
        for (List<String> g : groups.values()) out[i++] = g.toArray(new String[0]);
        return out;
    }
}
