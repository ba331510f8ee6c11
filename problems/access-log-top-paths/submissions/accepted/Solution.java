class Solution {
    public String[] topPaths(String[] lines, int k) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            int start = line.indexOf(' ') + 1;
            int end = line.indexOf(' ', start);
            String field = line.substring(start, end);
            int q = field.indexOf('?');
            counts.merge(q < 0 ? field : field.substring(0, q), 1, Integer::sum);
        }
        List<String> paths = new ArrayList<>(counts.keySet());
        paths.sort((a, b) -> {
            int byCount = Integer.compare(counts.get(b), counts.get(a));
            return byCount != 0 ? byCount : a.compareTo(b);
        });
        return paths.subList(0, Math.min(k, paths.size())).toArray(new String[0]);
    }
}
