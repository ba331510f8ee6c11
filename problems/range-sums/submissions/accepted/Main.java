import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in), q = (int) next(in);
        long[] pre = new long[n + 1];
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + next(in);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            int l = (int) next(in), r = (int) next(in);
            sb.append(pre[r] - pre[l - 1]).append('\n');
        }
        System.out.print(sb);
    }

    private static long next(DataInputStream in) throws IOException {
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
