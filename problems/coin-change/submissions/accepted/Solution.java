class Solution {
    public int coinChange(int[] coins, int amount) {
        int inf = amount + 1;
        int[] best = new int[amount + 1];
        Arrays.fill(best, inf);
        best[0] = 0;
        for (int c : coins) {
            for (long a = c; a <= amount; a++) {
                int i = (int) a;
                best[i] = Math.min(best[i], best[i - c] + 1);
            }
        }
        return best[amount] == inf ? -1 : best[amount];
    }
}
