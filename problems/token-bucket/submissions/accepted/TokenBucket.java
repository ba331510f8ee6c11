class TokenBucket {
    private final long capMilli;
    private final long rate;
    private long level;
    private long last = -1;

    public TokenBucket(int capacity, int refillPerSecond) {
        this.capMilli = capacity * 1000L; // milli-tokens keep the arithmetic exact
        this.rate = refillPerSecond;
        this.level = capMilli;
    }

    public boolean allow(long timestampMs, int cost) {
        if (last >= 0) level = Math.min(capMilli, level + (timestampMs - last) * rate);
        last = timestampMs;
        long need = cost * 1000L;
        if (level < need) return false;
        level -= need;
        return true;
    }
}
