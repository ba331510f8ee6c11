class Solution {
    public int minServers(int[][] jobs) {
        int[][] sorted = jobs.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        PriorityQueue<Integer> endTimes = new PriorityQueue<>(); // one entry per busy server
        for (int[] job : sorted) {
            if (!endTimes.isEmpty() && endTimes.peek() <= job[0]) endTimes.poll(); // reuse a free server
            endTimes.add(job[1]);
        }
        return endTimes.size();
    }
}
