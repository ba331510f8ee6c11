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
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (String n : names) if (waiting.get(n) == 0) ready.add(n);
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.poll();
            order.add(n);
            for (String m : unblocks.get(n)) {
                if (waiting.merge(m, -1, Integer::sum) == 0) ready.add(m);
            }
        }
        return order.size() == names.length ? order.toArray(new String[0]) : new String[0];
    }
}
