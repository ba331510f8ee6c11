// Bug: every request, duplicates included, refreshes the key's window.
class Solution {
    public boolean[] processRequests(String[] ids, long[] timestamps, long ttlMs) {
        Map<String, Long> seen = new HashMap<>();
        boolean[] out = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Long last = seen.put(ids[i], timestamps[i]);
            out[i] = !(last != null && timestamps[i] - last < ttlMs);
        }
        return out;
    }
}
