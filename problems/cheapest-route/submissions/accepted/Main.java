import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in), m = nextInt(in), s = nextInt(in);
        // Compressed adjacency (CSR) keeps memory low for 2 * 10^5 links.
        int[] from = new int[m], to = new int[m];
        long[] wt = new long[m];
        int[] start = new int[n + 2];
        for (int i = 0; i < m; i++) {
            from[i] = nextInt(in);
            to[i] = nextInt(in);
            wt[i] = nextInt(in);
            start[from[i] + 1]++;
        }
        for (int i = 1; i <= n + 1; i++) start[i] += start[i - 1];
        int[] adjTo = new int[m];
        long[] adjW = new long[m];
        int[] fill = start.clone();
        for (int i = 0; i < m; i++) {
            int p = fill[from[i]]++;
            adjTo[p] = to[i];
            adjW[p] = wt[i];
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[s] = 0;
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        heap.add(new long[] {0, s});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (int p = start[u]; p < start[u + 1]; p++) {
                long nd = top[0] + adjW[p];
                if (nd < dist[adjTo[p]]) {
                    dist[adjTo[p]] = nd;
                    heap.add(new long[] {nd, adjTo[p]});
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int v = 1; v <= n; v++) {
            if (v > 1) sb.append(' ');
            sb.append(dist[v] == Long.MAX_VALUE ? -1 : dist[v]);
        }
        System.out.println(sb);
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') c = in.read();
        int v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = in.read();
        }
        return v;
    }
}
