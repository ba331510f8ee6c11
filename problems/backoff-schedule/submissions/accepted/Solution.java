class Solution {
    public long[] backoffSchedule(long baseMs, int factor, long maxDelayMs, int retries) {
        long[] out = new long[retries];
        long delay = Math.min(baseMs, maxDelayMs);
        for (int i = 0; i < retries; i++) {
            out[i] = delay;
            // Cap before multiplying again: delay <= 10^12 and factor <= 1000 never overflow.
            delay = Math.min(delay * factor, maxDelayMs);
        }
        return out;
    }
}
