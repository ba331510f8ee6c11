class Solution {
    public int minTime(String[] tasks, int cooldown) {
        if (tasks.length == 0) return 0;
        Map<String, Integer> counts = new HashMap<>();
        for (String t : tasks) counts.merge(t, 1, Integer::sum);
        int top = 0, ties = 0;
        for (int c : counts.values()) {
            if (c > top) {
                top = c;
                ties = 1;
            } else if (c == top) {
                ties++;
            }
        }
        return Math.max(tasks.length, (top - 1) * (cooldown + 1) + ties);
    }
}
