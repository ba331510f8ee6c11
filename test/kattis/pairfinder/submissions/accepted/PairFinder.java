import java.io.*;
import java.util.*;

// The public class is not called Main: the judge must name the file after it.
public class PairFinder {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long t = readLong(in);
        HashMap<Long, Integer> seen = new HashMap<>(n * 2);
        for (int j = 1; j <= n; j++) {
            long w = readLong(in);
            Integer i = seen.get(t - w);
            if (i != null) {
                System.out.println(i + " " + j);
                return;
            }
            seen.putIfAbsent(w, j);
        }
        System.out.println(-1);
    }

    private static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = in.read();
        }
        return neg ? -v : v;
    }
}
