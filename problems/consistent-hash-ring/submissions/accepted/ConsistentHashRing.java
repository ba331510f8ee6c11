class ConsistentHashRing {
    private final int virtualNodes;
    private final Set<String> nodes = new HashSet<>();
    // position -> owners at that position, smallest name first
    private final TreeMap<Long, TreeSet<String>> ring = new TreeMap<>();

    public ConsistentHashRing(int virtualNodes) {
        this.virtualNodes = virtualNodes;
    }

    static long fnv1a32(String s) {
        long h = 2166136261L;
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= (b & 0xFF);
            h = (h * 16777619L) & 0xFFFFFFFFL;
        }
        return h;
    }

    public void addNode(String node) {
        if (!nodes.add(node)) return;
        for (int i = 0; i < virtualNodes; i++) {
            ring.computeIfAbsent(fnv1a32(node + "#" + i), k -> new TreeSet<>()).add(node);
        }
    }

    public void removeNode(String node) {
        if (!nodes.remove(node)) return;
        for (int i = 0; i < virtualNodes; i++) {
            long pos = fnv1a32(node + "#" + i);
            TreeSet<String> owners = ring.get(pos);
            if (owners != null) {
                owners.remove(node);
                if (owners.isEmpty()) ring.remove(pos);
            }
        }
    }

    public String getNode(String key) {
        if (ring.isEmpty()) return "";
        Map.Entry<Long, TreeSet<String>> e = ring.ceilingEntry(fnv1a32(key));
        if (e == null) e = ring.firstEntry();
        return e.getValue().first();
    }
}
