import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StreamTokenizer unused = null;
        int n = Integer.parseInt(in.readLine().trim());
        long sum = 0;
        if (n > 0) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            for (int i = 0; i < n; i++) sum += Long.parseLong(st.nextToken());
        }
        System.out.println(sum);
    }
}
