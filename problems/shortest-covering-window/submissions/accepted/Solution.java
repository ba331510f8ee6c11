class Solution {
    public int[] shortestWindow(String[] events, String[] required) {
        // Map names to small ids so the window loop works on int arrays.
        HashMap<String, Integer> ids = new HashMap<>();
        int[] need = new int[required.length];
        for (String r : required) {
            Integer id = ids.get(r);
            if (id == null) { id = ids.size(); ids.put(r, id); }
            need[id]++;
        }
        int n = events.length;
        int[] ev = new int[n];
        for (int j = 0; j < n; j++) {
            Integer id = ids.get(events[j]);
            ev[j] = id == null ? -1 : id;
        }
        int missing = required.length, bestLen = n + 1, bi = -1, bj = -1, i = 0;
        for (int j = 0; j < n; j++) {
            int e = ev[j];
            if (e < 0) continue;
            if (need[e]-- > 0) missing--;
            while (missing == 0) {
                if (j - i + 1 < bestLen) { bestLen = j - i + 1; bi = i; bj = j; }
                int s = ev[i++];
                if (s >= 0 && ++need[s] > 0) missing++;
            }
        }
        return new int[]{bi, bj};
    }
}
