class Solution {
    public int countSessions(String[] userIds, long[] timestamps, long gapMs) {
        Integer[] order = new Integer[userIds.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        // Sort click indices by (user, time); sessions are then contiguous runs.
        Arrays.sort(order, (a, b) -> {
            int c = userIds[a].compareTo(userIds[b]);
            return c != 0 ? c : Long.compare(timestamps[a], timestamps[b]);
        });
        int sessions = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (k == 0) {
                sessions++;
                continue;
            }
            int p = order[k - 1];
            if (!userIds[p].equals(userIds[i]) || timestamps[i] - timestamps[p] > gapMs) sessions++;
        }
        return sessions;
    }
}
