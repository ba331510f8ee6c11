class Solution {
    public boolean[] processRequests(String[] ids, long[] timestamps, long ttlMs) {
        Map<String, Long> processedAt = new HashMap<>();
        boolean[] out = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Long last = processedAt.get(ids[i]);
            if (last != null && timestamps[i] - last < ttlMs) continue;
            processedAt.put(ids[i], timestamps[i]);
            out[i] = true;
        }
        return out;
    }
}
