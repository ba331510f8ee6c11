// Compiled once at image build so javac's own classes land in a CDS archive
// (/opt/tryout/javac.jsa). Touches the APIs a typical solution uses.
import java.io.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Warmup {
    record Pair(int a, long b) {}

    interface Shape { double area(); }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer("1 2 3");
        Scanner sc = new Scanner("4 5");
        List<Integer> xs = new ArrayList<>();
        while (st.hasMoreTokens()) xs.add(Integer.parseInt(st.nextToken()));
        Map<String, List<Pair>> m = new HashMap<>();
        m.computeIfAbsent("k", k -> new ArrayList<>()).add(new Pair(sc.nextInt(), 2L));
        PriorityQueue<long[]> pq = new PriorityQueue<>((p, q) -> Long.compare(p[0], q[0]));
        Deque<Integer> dq = new ArrayDeque<>();
        TreeMap<Integer, String> tm = new TreeMap<>();
        int[] arr = xs.stream().mapToInt(Integer::intValue).sorted().toArray();
        String joined = Arrays.stream(arr).mapToObj(String::valueOf).collect(Collectors.joining(" "));
        Function<Integer, Integer> sq = v -> v * v;
        Shape s = () -> Math.PI;
        StringBuilder sb = new StringBuilder();
        sb.append(joined).append(sq.apply(3)).append(s.area()).append(pq.size() + dq.size() + tm.size());
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(sb);
        out.flush();
        String line = in.readLine();
        if (line != null) System.out.printf("%s %d%n", line, m.size());
    }
}
