import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] order = {"DEBUG", "INFO", "WARN", "ERROR", "FATAL", "UNKNOWN"};
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < 5; i++) index.put(order[i], i);
        index.put("WARNING", 2);
        long[] counts = new long[6];
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) continue;
            String[] parts = trimmed.split(" +");
            Integer i = parts.length > 1 ? index.get(parts[1].toUpperCase(Locale.ROOT)) : null;
            counts[i == null ? 5 : i]++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 6; i++) out.append(order[i]).append(' ').append(counts[i]).append('\n');
        System.out.print(out);
    }
}
