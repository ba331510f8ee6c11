class Solution {
    private static final Set<String> SINGLETON = Set.of("content-type", "content-length", "host", "authorization");

    private static String trimSpaces(String s) {
        int a = 0, b = s.length();
        while (a < b && s.charAt(a) == ' ') a++;
        while (b > a && s.charAt(b - 1) == ' ') b--;
        return s.substring(a, b);
    }

    public String[][] mergeHeaders(String[][] headers) {
        Map<String, List<String>> values = new LinkedHashMap<>(); // first-appearance order
        for (String[] h : headers) {
            values.computeIfAbsent(h[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(trimSpaces(h[1]));
        }
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String key = e.getKey();
            List<String> vals = e.getValue();
            if (key.equals("set-cookie")) {
                for (String v : vals) out.add(new String[] {key, v});
            } else if (SINGLETON.contains(key)) {
                out.add(new String[] {key, vals.get(vals.size() - 1)});
            } else {
                StringJoiner joined = new StringJoiner(", ");
                for (String v : vals) if (!v.isEmpty()) joined.add(v);
                out.add(new String[] {key, joined.toString()});
            }
        }
        return out.toArray(new String[0][]);
    }
}
