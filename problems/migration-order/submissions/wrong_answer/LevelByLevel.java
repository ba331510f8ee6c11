// Bug: processes whole "levels" (sorted) at a time, which is a valid order but not the smallest one.
class Solution {
    public String[] migrationOrder(String[] names, String[][] deps) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> unblocks = new HashMap<>();
        for (String n : names) {
            waiting.put(n, 0);
            unblocks.put(n, new ArrayList<>());
        }
        for (String[] d : deps) {
            unblocks.get(d[1]).add(d[0]);
            waiting.merge(d[0], 1, Integer::sum);
        }
        List<String> level = new ArrayList<>();
        for (String n : names) if (waiting.get(n) == 0) level.add(n);
        Collections.sort(level);
        List<String> order = new ArrayList<>();
        while (!level.isEmpty()) {
            order.addAll(level);
            List<String> next = new ArrayList<>();
            for (String n : level) {
                for (String m : unblocks.get(n)) {
                    if (waiting.merge(m, -1, Integer::sum) == 0) next.add(m);
                }
            }
            Collections.sort(next);
            level = next;
        }
        return order.size() == names.length ? order.toArray(new String[0]) : new String[0];
    }
}
