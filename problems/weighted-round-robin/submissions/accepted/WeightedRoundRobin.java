class WeightedRoundRobin {
    private final String[] names;
    private final int[] weight;
    private final long[] current;
    private final Map<String, Integer> index = new HashMap<>();

    public WeightedRoundRobin(String[] names, int[] weights) {
        this.names = names;
        this.weight = weights.clone();
        this.current = new long[names.length];
        for (int i = 0; i < names.length; i++) index.put(names[i], i);
    }

    public String pick() {
        long total = 0;
        int best = -1;
        for (int i = 0; i < names.length; i++) {
            if (weight[i] == 0) continue;
            current[i] += weight[i];
            total += weight[i];
            if (best < 0 || current[i] > current[best]) best = i;
        }
        if (best < 0) return "";
        current[best] -= total;
        return names[best];
    }

    public void setWeight(String name, int weight) {
        int i = index.get(name);
        this.weight[i] = weight;
        current[i] = 0;
    }
}
