class Solution {
    public int[] countLaterLower(int[] latency) {
        int n = latency.length;
        int[] sorted = latency.clone();
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < n; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[m++] = sorted[i];
        int[] tree = new int[m + 1];
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int r = Arrays.binarySearch(sorted, 0, m, latency[i]) + 1;
            int s = 0;
            for (int j = r - 1; j > 0; j -= j & -j) s += tree[j];
            out[i] = s;
            for (; r <= m; r += r & -r) tree[r]++;
        }
        return out;
    }
}
