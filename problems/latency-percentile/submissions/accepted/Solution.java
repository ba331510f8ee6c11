class Solution {
    public int percentile(int[] latenciesMs, int p) {
        int[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        int rank = (p * sorted.length + 99) / 100;
        return sorted[rank - 1];
    }
}
