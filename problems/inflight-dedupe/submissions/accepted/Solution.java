class Solution {
    public int[] dedupe(String[] keys, long[] arrivals, long[] durations) {
        Map<String, Integer> leader = new HashMap<>(); // key -> leader of its latest upstream call
        Map<String, Long> doneAt = new HashMap<>();    // key -> completion time of that call
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Long end = doneAt.get(keys[i]);
            if (end != null && arrivals[i] < end) {
                out[i] = leader.get(keys[i]);
            } else {
                leader.put(keys[i], i);
                doneAt.put(keys[i], arrivals[i] + durations[i]);
                out[i] = i;
            }
        }
        return out;
    }
}
