class Solution {
    public boolean hasDeadlock(String[][] waitsFor) {
        Map<String, Integer> id = new HashMap<>();
        for (String[] e : waitsFor) {
            id.putIfAbsent(e[0], id.size());
            id.putIfAbsent(e[1], id.size());
        }
        int n = id.size();
        int[] indeg = new int[n];
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        for (String[] e : waitsFor) {
            int a = id.get(e[0]), b = id.get(e[1]);
            out.get(a).add(b);
            indeg[b]++;
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) if (indeg[i] == 0) queue.add(i);
        int removed = 0;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            removed++;
            for (int m : out.get(v)) if (--indeg[m] == 0) queue.add(m);
        }
        return removed < n;
    }
}
