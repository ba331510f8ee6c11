import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(first.nextToken());
        int k = Integer.parseInt(first.nextToken());
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String line = in.readLine();
            int sp = line.indexOf(' ');
            counts.merge(sp < 0 ? line : line.substring(0, sp), 1, Integer::sum);
        }
        // Keep the k best in a min-heap whose top is the "worst" of them: O(m log k).
        Comparator<Map.Entry<String, Integer>> better = (a, b) -> {
            int c = Integer.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        };
        PriorityQueue<Map.Entry<String, Integer>> heap = new PriorityQueue<>(better.reversed());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            heap.add(e);
            if (heap.size() > k) heap.poll();
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(heap);
        top.sort(better);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Integer> e : top) out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        System.out.print(out);
    }
}
