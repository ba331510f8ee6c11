// Bug: drops duplicate timestamps, but equal events are distinct events.
class Solution {
    public long[] mergeStreams(long[][] streams) {
        TreeSet<Long> all = new TreeSet<>();
        for (long[] s : streams) for (long x : s) all.add(x);
        return all.stream().mapToLong(Long::longValue).toArray();
    }
}
