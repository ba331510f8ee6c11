import java.io.*;
import java.util.*;

// Keeps costs in 32-bit ints: long chains of expensive links overflow.
public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedInputStream(System.in));
        st.nextToken(); int n = (int) st.nval;
        st.nextToken(); int m = (int) st.nval;
        st.nextToken(); int s = (int) st.nval;
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            st.nextToken(); int u = (int) st.nval;
            st.nextToken(); int v = (int) st.nval;
            st.nextToken(); int w = (int) st.nval;
            adj.get(u).add(new int[] {v, w});
        }
        int[] dist = new int[n + 1];
        Arrays.fill(dist, -1);
        dist[s] = 0;
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        pq.add(new int[] {0, s});
        while (!pq.isEmpty()) {
            int[] t = pq.poll();
            if (t[0] > dist[t[1]]) continue;
            for (int[] e : adj.get(t[1])) {
                int nd = t[0] + e[1];
                if (dist[e[0]] < 0 || nd < dist[e[0]]) {
                    dist[e[0]] = nd;
                    pq.add(new int[] {nd, e[0]});
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int v = 1; v <= n; v++) sb.append(v > 1 ? " " : "").append(dist[v]);
        System.out.println(sb);
    }
}
